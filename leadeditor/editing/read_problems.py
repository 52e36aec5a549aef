"""Why a lead's details could not be read, for the results table and the unchecked-write question."""

from __future__ import annotations

from leadeditor.vicidial import errors

__all__ = ["APOSTROPHE_FAILURE", "read_problem"]

APOSTROPHE_FAILURE = (
    "The server failed while reading this lead. VICIdial on PHP 8 fails this way when a "
    "value "
    "holds an apostrophe (such as O'Brien)."
)


def read_problem(exc: BaseException) -> str:
    """Why a lead's details could not be read, in plain words."""
    if isinstance(exc, errors.PermissionDenied | errors.ListNotAllowed):
        return "You may not read this lead's details (its list is outside your campaigns)."
    if isinstance(exc, errors.LeadNotFound):
        return "The server did not return this lead's details (its list may be outside your campaigns)."
    if isinstance(exc, errors.ServerFailure) and exc.unreadable_lead:
        return APOSTROPHE_FAILURE
    if isinstance(exc, errors.ServerFailure):
        return "The server failed while reading this lead."
    if isinstance(exc, errors.TimedOut | errors.ConnectionFailed):
        return "The server did not answer while reading this lead."
    # the error's str() is a developer description (its reason and data), not a sentence for the user
    return "The server's answer could not be understood while reading this lead."
