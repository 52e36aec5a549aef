"""Why a lead's details could not be read, for the results table and the unchecked-write question."""

from __future__ import annotations

from leadeditor.phrases import QT_TR_NOOP, say
from leadeditor.vicidial import errors

__all__ = ["APOSTROPHE_FAILURE", "read_problem"]

APOSTROPHE_FAILURE = QT_TR_NOOP(
    "The server failed while reading this lead. VICIdial on PHP 8 fails this way when a "
    "value "
    "holds an apostrophe (such as O'Brien)."
)


def read_problem(exc: BaseException) -> str:
    """Why a lead's details could not be read, in plain words (in the user's language: `phrases`)."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return say(QT_TR_NOOP("You may not read this lead's details (its list is outside your campaigns)."))
    if isinstance(exc, errors.LeadNotFound):
        return say(QT_TR_NOOP("The server did not return this lead's details (its list may be outside your "
                              "campaigns)."))
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return say(APOSTROPHE_FAILURE)
    if isinstance(exc, errors.ServerFailure):
        return say(QT_TR_NOOP("The server failed while reading this lead."))
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return say(QT_TR_NOOP("The server did not answer while reading this lead."))
    # the error's str() is a developer description (its reason and data), not a sentence for the user
    return say(QT_TR_NOOP("The server's answer could not be understood while reading this lead."))
