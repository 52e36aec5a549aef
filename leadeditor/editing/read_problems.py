"""Why a lead's details could not be read, for the results table and the unchecked-write question."""

from __future__ import annotations

from enum import Enum

from leadeditor.vicidial import errors

__all__ = ["ReadProblem", "read_problem_reason"]


class ReadProblem(Enum):
    """Why a lead's details could not be read; `ui.texts.read_problem_text` words it."""

    NOT_ALLOWED = "not_allowed"  # its list is outside the user's campaigns
    GONE = "gone"  # lead_all_info's LEAD NOT FOUND: no such lead (deleted since it was found)
    NOT_RETURNED = "not_returned"  # the server did not return it
    APOSTROPHE = "apostrophe"  # PHP 8 fails on a value holding an apostrophe
    SERVER_FAILED = "server_failed"
    NO_ANSWER = "no_answer"
    UNRECOGNISED = "unrecognised"


def read_problem_reason(exc: BaseException) -> ReadProblem:
    """Why a lead's details could not be read, by the error's type."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return ReadProblem.NOT_ALLOWED
    if isinstance(exc, errors.LeadNotFound) and exc.reason is errors.Reason.NO_SUCH_LEAD:
        return ReadProblem.GONE  # the read's SELECT found no row: a list outside the campaigns says LIST
    if isinstance(exc, errors.LeadNotFound):
        return ReadProblem.NOT_RETURNED
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return ReadProblem.APOSTROPHE
    if isinstance(exc, errors.ServerFailure):
        return ReadProblem.SERVER_FAILED
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return ReadProblem.NO_ANSWER
    return ReadProblem.UNRECOGNISED
