"""Why a lead's details could not be read, for the results table and the unchecked-write question."""

from __future__ import annotations

from enum import Enum

from leadeditor.phrases import QT_TR_NOOP, say
from leadeditor.vicidial import errors

__all__ = ["APOSTROPHE_FAILURE", "ReadProblem", "read_problem", "read_problem_reason"]

APOSTROPHE_FAILURE = QT_TR_NOOP(
    "The server failed while reading this lead. VICIdial on PHP 8 fails this way when a "
    "value "
    "holds an apostrophe (such as O'Brien)."
)


class ReadProblem(Enum):
    """Why a lead's details could not be read; `ui.texts.read_problem_text` words it."""

    NOT_ALLOWED = "not_allowed"  # its list is outside the user's campaigns
    NOT_RETURNED = "not_returned"  # the server did not return it
    APOSTROPHE = "apostrophe"  # PHP 8 fails on a value holding an apostrophe
    SERVER_FAILED = "server_failed"
    NO_ANSWER = "no_answer"
    UNRECOGNISED = "unrecognised"


def read_problem_reason(exc: BaseException) -> ReadProblem:
    """Why a lead's details could not be read, by the error's type."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return ReadProblem.NOT_ALLOWED
    if isinstance(exc, errors.LeadNotFound):
        return ReadProblem.NOT_RETURNED
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return ReadProblem.APOSTROPHE
    if isinstance(exc, errors.ServerFailure):
        return ReadProblem.SERVER_FAILED
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return ReadProblem.NO_ANSWER
    return ReadProblem.UNRECOGNISED


def read_problem(exc: BaseException) -> str:
    """Why a lead's details could not be read, in plain words (in the user's language: `phrases`)."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return say(QT_TR_NOOP("You may not read this lead's details (its list is outside your campaigns)."))
    if isinstance(exc, errors.LeadNotFound):
        return say(
            QT_TR_NOOP(
                "The server did not return this lead's details (its list may be outside your campaigns)."
            )
        )
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return say(APOSTROPHE_FAILURE)
    if isinstance(exc, errors.ServerFailure):
        return say(QT_TR_NOOP("The server failed while reading this lead."))
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return say(QT_TR_NOOP("The server did not answer while reading this lead."))
    # the error's str() is a developer description (its reason and data), not a sentence for the user
    return say(QT_TR_NOOP("The server's answer could not be understood while reading this lead."))
