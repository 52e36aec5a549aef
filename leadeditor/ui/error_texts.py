"""An error in words, by its type and reason: (title, sentence) from `ui.texts`. QtCore only, so the command
line words a row's error exactly as the window does (`ui.messages` shows it in a box)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadeditor.ui import texts

if TYPE_CHECKING:
    from leadeditor.vicidial.errors import TlsError

__all__ = ["describe_error", "error_text", "find_tls"]


def find_tls(exc: BaseException) -> TlsError | None:
    """The certificate failure behind ``exc``: itself, its cause or context, or one inside a group."""
    from leadeditor.vicidial import errors as e  # here: the window paints before `leadeditor.vicidial` loads

    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, e.TlsError):
            return item
        if isinstance(item, BaseExceptionGroup):
            todo.extend(item.exceptions)
        todo.extend(x for x in (item.__cause__, item.__context__) if x is not None)
    return None


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(title, sentence) for an error, by its type; the facts it carries go into the sentence."""
    from leadeditor.editing.journal import JournalUnavailable
    from leadeditor.vicidial import errors as e
    from leadeditor.vicidial.value_notes import ValueRefused

    if isinstance(exc, JournalUnavailable):  # raised before anything was sent
        return texts.journal_unavailable(exc.problem.value, str(exc.path))
    tls = find_tls(exc)
    if tls is not None:
        return texts.certificate_problem(tls.reason, host=tls.host, detail=tls.detail)
    if isinstance(exc, e.LockedOut):
        return texts.locked_out(user=exc.user)
    if isinstance(exc, e.AuthenticationFailed):
        return texts.authentication_failed(exc.reason, user=exc.user, field=exc.field)
    if isinstance(exc, e.PermissionDenied):
        return texts.permission_denied(exc.reason, user=exc.user, function=exc.function)
    if isinstance(exc, e.LeadNotFound):
        return texts.lead_not_found(exc.reason, lead_id=exc.lead_id)
    if isinstance(exc, e.ListNotAllowed):
        return texts.list_not_allowed(exc.reason, list_id=exc.list_id, lead_id=exc.lead_id)
    if isinstance(exc, e.InvalidSearch):
        return texts.invalid_search(
            exc.reason,
            field=exc.field,
            longest=exc.longest,
            scope=exc.scope,
            lead_id=exc.lead_id,
            problems=exc.problems,
        )
    if isinstance(exc, e.ServerFailure):
        return texts.server_failure(
            exc.reason,
            status=exc.status,
            function=exc.function,
            lead_id=exc.lead_id,
            field=exc.field,
            excerpt=exc.excerpt,
        )
    if isinstance(exc, e.UnexpectedResponse):
        return texts.unexpected_response(
            exc.reason, status=exc.status, function=exc.function, excerpt=exc.excerpt
        )
    if isinstance(exc, e.ConnectionFailed):
        return texts.connection_failed(exc.reason, host=exc.host)
    if isinstance(exc, e.TimedOut):
        return texts.timed_out(exc.reason, host=exc.host, budget=exc.budget)
    if isinstance(exc, e.UnknownOutcome):
        return texts.unknown_outcome(exc.reason, lead_id=exc.lead_id, status=exc.status, host=exc.host)
    if isinstance(exc, e.VicidialError):
        return texts.unexpected_problem("")  # a new error type: its developer text is for the log only
    if isinstance(exc, ValueRefused):
        return texts.value_refused(texts.note_text(exc.note))
    if isinstance(exc, ValueError) and str(exc).strip():
        return texts.value_refused(str(exc).strip())  # the client refused a value before sending it
    return texts.unexpected_problem(str(exc).strip())


def error_text(exc: BaseException) -> str:
    """The sentence alone, for a status line."""
    return describe_error(exc)[1]
