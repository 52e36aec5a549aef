"""Every sentence the user reads about an error, a sign-in or a write's outcome, and the one `tr` every
widget uses.

Each text is a literal inside a `tr(...)` call so that `pyside6-lupdate` extracts it; the facts an error
carries (which list, which function, the server's address, the server's own words) are filled in with
``.format`` after translation. Errors arrive here as reasons and data (`leadeditor.vicidial.errors`), never
as sentences; `ui.messages` picks the function by the error's type. The outcomes of writes arrive the same
way (`editing.outcomes`, `SaveOutcome`, `AdminOutcome`, `safety.Resolution`, `safety.UndoPlan`). `Reason`
is imported inside the functions that use it: the first window paints before `leadeditor.vicidial` is
loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from leadeditor.editing.batch.errors import FileReadError
    from leadeditor.editing.batch.mapping import MappingIssue
    from leadeditor.editing.batch.plan import RowIssue
    from leadeditor.editing.batch.table import HeaderIssue
    from leadeditor.editing.changes import ChangeSet, ChangeWarning
    from leadeditor.editing.lead_admin import AdminOutcome
    from leadeditor.editing.multi_lead import CommonChange, SkipReason
    from leadeditor.editing.read_problems import ReadProblem
    from leadeditor.editing.safety import NotRestorable, Resolution, UndoPlan
    from leadeditor.editing.sign_in import PasswordProblem, Preflight, SignedInSession, SignInFailure
    from leadeditor.editing.update_job import SaveOutcome
    from leadeditor.profiles import Profile, ProfileProblem
    from leadeditor.secrets import SecretStoreError
    from leadeditor.vicidial.errors import Reason
    from leadeditor.vicidial.models import UpdateResult
    from leadeditor.vicidial.value_notes import Kept, ValueNote

# lupdate files a free `tr()` call under the empty context, so texts are looked up there too
CONTEXT = ""

Text = tuple[str, str]  # (title, sentence)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``text`` (a literal, for lupdate); ``n`` picks a plural form for ``%n``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def in_sentence(label: str) -> str:
    """A field label inside a sentence: "Last name" -> "last name", but "GMT offset" and "Source ID" keep
    their capitals (screen readers spell "id" and "gmt" wrongly)."""
    words = label.split(" ")
    return " ".join(w.lower() if w[1:].islower() or len(w) == 1 else w for w in words)


def _said(excerpt: str) -> str:
    """The server's own words, when it gave any, as a sentence to append."""
    return (" " + tr("The server said: “{text}”").format(text=excerpt)) if excerpt else ""


# -- signing in ---------------------------------------------------------------------------------------
def authentication_failed(reason: Reason, *, user: str, field: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Sign-in failed")
    if reason is Reason.TWO_FACTOR:
        return title, tr(
            "User {user} needs two-factor authentication, which the API cannot complete. Ask "
            "the administrator to exempt this API user."
        ).format(user=user)
    if reason is Reason.IP_BLOCKED:
        return title, tr(
            "The server does not accept API calls for user {user} from this computer's "
            "address. Ask the administrator to allow it."
        ).format(user=user)
    if reason is Reason.NOT_SENT and field == "pass":
        return title, tr(
            "The password can contain only letters, digits, - and _ for the VICIdial API: it "
            "strips anything else, so this password could never sign in. Nothing was sent."
        )
    if reason is Reason.NOT_SENT:
        return title, tr(
            "The user name can contain only letters, digits, - and _ for the VICIdial API: it "
            "strips anything else, so this user name could never sign in. Nothing was sent."
        )
    return title, tr(
        "The server did not accept the user name or password of user {user}. After ten failed "
        "attempts it locks the user out for 15 minutes."
    ).format(user=user)


def locked_out(*, user: str) -> Text:
    return tr("Locked out"), tr(
        "The server has locked user {user} out after too many failed sign-ins. Try again in 15 minutes."
    ).format(user=user)


def _needs(function: str) -> str:
    needs = {
        "update_lead": tr("user level 8 or more, API access and permission to modify leads"),
        "lead_all_info": tr(
            "user level 7 or more, API access, permission to modify leads and to view reports"
        ),
        "lead_field_info": tr("user level 7 or more, API access and permission to modify leads"),
        "lead_search": tr("user level 8 or more, API access and permission to modify leads"),
    }
    return needs.get(function, tr("the matching permissions"))


def permission_denied(reason: Reason, *, user: str, function: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Not allowed")
    if reason is Reason.FUNCTION_NOT_ALLOWED:
        return title, tr(
            "User {user} may not use the API function {function}. Ask an administrator to add "
            "it to the user's allowed API functions."
        ).format(user=user, function=function)
    if reason is Reason.USER_GROUP_MISSING:
        return title, tr(
            "The user group of {user} does not exist on the server. Ask an administrator to "
            "fix the user's group."
        ).format(user=user)
    return title, tr(
        "User {user} may not use {function}: it needs {needs}. Ask an administrator for it."
    ).format(user=user, function=function, needs=_needs(function))


# -- leads and lists ----------------------------------------------------------------------------------
def lead_not_found(reason: Reason, *, lead_id: int | None) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Lead not found")
    if reason is Reason.NOT_FOUND_FOR_UPDATE:
        return title, tr(
            "Lead {lead} does not exist, or is not in a list this user may change; nothing was changed."
        ).format(lead=lead_id)
    if lead_id:
        return title, tr("Lead {lead} does not exist on the server.").format(lead=lead_id)
    return title, tr("The server found no such lead.")


def list_not_allowed(reason: Reason, *, list_id: int | None, lead_id: int | None) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("List not allowed")
    if reason is Reason.LIST_NOT_SEARCHABLE:
        return title, tr("List {list} is not one of the lists this user may search.").format(list=list_id)
    if reason is Reason.LIST_NOT_INSERTABLE:
        return title, tr("List {list} is not one this user may add leads to.").format(list=list_id)
    if reason is Reason.LIST_MISSING:
        return title, tr(
            "List {list} does not exist; lead {lead} was not moved and nothing was changed."
        ).format(list=list_id, lead=lead_id)
    if reason is Reason.LEAD_LIST_NOT_WRITABLE and list_id is not None:
        return title, tr(
            "Lead {lead} is in list {list}, which this user may not change; nothing was changed."
        ).format(lead=lead_id, list=list_id)
    if reason is Reason.LEAD_LIST_NOT_WRITABLE:
        return title, tr("Lead {lead} is in a list this user may not change; nothing was changed.").format(
            lead=lead_id
        )
    return title, tr(
        "Lead {lead} is in a list this user may not read (outside the user group's campaigns, "
        "or the list was deleted)."
    ).format(lead=lead_id)


def invalid_search(
    reason: Reason,
    *,
    field: str,
    longest: int | None,
    scope: str,
    lead_id: int | None,
    problems: tuple[object, ...],
) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Search not sent")
    text = {
        Reason.NO_SEARCH_KEY: tr(
            "Give a lead ID, vendor lead code or phone number for the chosen way of matching."
        ),
        Reason.BAD_LEAD_ID: tr("A lead ID must be a positive whole number."),
        Reason.BAD_VENDOR_CODE: tr(
            'A vendor lead code cannot contain ; # or " (the server strips them, so no stored code has them).'
        ),
        Reason.PHONE_NOT_DIGITS: tr(
            "A phone number may contain only digits (spaces, dashes, dots and brackets are ignored)."
        ),
        Reason.PHONE_LENGTH: tr("A phone number must have 6 to {longest} digits.").format(longest=longest),
        Reason.SERVER_NO_SEARCH_KEY: tr("The server found no usable search key in this search."),
        Reason.FIELD_REFUSED: tr("The server refused to read the field {field} of lead {lead}.").format(
            field=field, lead=lead_id
        ),
        Reason.LEAD_ID_REFUSED: tr("The server did not accept lead ID {lead}; nothing was changed.").format(
            lead=lead_id
        ),
    }.get(reason)
    if reason is Reason.SCOPE_NEEDS_LIST and scope == "CAMPAIGN":
        text = tr(
            "A campaign search needs a list ID of at least 3 digits (100 or more); otherwise the "
            "server would search the whole system."
        )
    elif reason is Reason.SCOPE_NEEDS_LIST:
        text = tr(
            "A list search needs a list ID of at least 3 digits (100 or more); otherwise the server "
            "would search the whole system."
        )
    if text is None:
        text = search_problems_text(problems) or tr("The search is not complete.")
    return title, text


# -- the server failing -------------------------------------------------------------------------------
def server_failure(
    reason: Reason, *, status: int, function: str, lead_id: int | None, field: str, excerpt: str
) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Server error")
    if reason is Reason.UNREADABLE_LEAD and lead_id:
        return title, tr(
            "The server failed while reading lead {lead} (HTTP 500). On PHP 8 VICIdial cannot "
            "read a lead holding an apostrophe or a backslash in one piece; it can still be "
            "read field by field."
        ).format(lead=lead_id)
    if reason is Reason.UNREADABLE_LEAD:
        return title, tr(
            "The server failed while reading the leads with this phone number (HTTP 500). On "
            "PHP 8 VICIdial cannot read a lead holding an apostrophe or a backslash in one "
            "piece; each can still be read field by field."
        )
    if reason is Reason.NO_API:
        return title, tr(
            "There is no VICIdial API at this address (HTTP 404). Check the server address in the profile."
        )
    if reason is Reason.UNAVAILABLE:
        return title, tr("The server is unavailable (HTTP {status}). Try again in a moment.").format(
            status=status
        )
    if reason is Reason.DATABASE:
        return title, tr(
            "The server's database failed while answering {function}. Tell the dialer administrator."
        ).format(function=function) + _said(excerpt)
    if reason is Reason.PHP_FATAL and field:
        return title, tr(
            "The server's PHP code failed while reading {field} of lead {lead}. Tell the dialer "
            "administrator."
        ).format(field=field, lead=lead_id) + _said(excerpt)
    if reason is Reason.PHP_FATAL:
        return title, tr(
            "The server's PHP code failed while answering {function}. Tell the dialer administrator."
        ).format(function=function) + _said(excerpt)
    return title, tr(
        "The server failed while answering {function} (HTTP {status}). Nothing on your side is "
        "wrong; try again, and if it keeps happening tell the dialer administrator."
    ).format(function=function or "?", status=status) + _said(excerpt)


def unexpected_response(reason: Reason, *, status: int, function: str, excerpt: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Unexpected answer")
    if reason is Reason.REDIRECT:
        return title, tr(
            "The server redirects this address (HTTP {status}); use the address it points to "
            "(often https://) in the profile."
        ).format(status=status)
    if reason is Reason.SOURCE_REFUSED:
        return title, tr(
            "The server refused the source name of this client. Check the profile's source name."
        ) + _said(excerpt)
    if reason is Reason.NO_SUCH_FUNCTION:
        return title, tr(
            "The server does not offer the API function {function}; it may be too old for Lead Editor."
        ).format(function=function)
    return title, tr(
        "The server answered {function} in a way Lead Editor does not recognise, so nothing was "
        "assumed. Check that this is a VICIdial server."
    ).format(function=function or "?") + _said(excerpt)


# -- the connection -----------------------------------------------------------------------------------
def certificate_problem(reason: Reason, *, host: str, detail: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("Certificate problem")
    if reason is Reason.CA_FILE_UNREADABLE:
        return title, tr(
            "The CA certificate file chosen for {host} could not be read. Choose the file again "
            "(“Choose CA file…” when signing in, or in the profile)."
        ).format(host=host)
    why = (" " + tr("(The check said: {detail}.)").format(detail=detail)) if detail else ""
    return title, tr(
        "The secure connection to {host} failed: its certificate could not be verified, so "
        "nothing was sent. If the server uses its own certificate authority, choose its CA "
        "certificate file (“Choose CA file…” when signing in, or in the profile); otherwise "
        "tell the server's administrator."
    ).format(host=host) + why


def connection_failed(reason: Reason, *, host: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    title = tr("No connection")
    text = {
        Reason.HOST_UNKNOWN: tr(
            "Lead Editor could not reach {host}: the host name is unknown. Check the address and the network."
        ),
        Reason.REFUSED: tr(
            "Lead Editor could not reach {host}: the connection was refused. Check the "
            "address and that the server is running."
        ),
        Reason.UNREACHABLE: tr(
            "Lead Editor could not reach {host}: the host cannot be reached. Check the network."
        ),
        Reason.BROKEN: tr("The connection to {host} broke before the answer arrived. Try again."),
        Reason.CUT_OFF: tr("The answer from {host} was cut off. Try again."),
        Reason.BAD_ADDRESS: tr("The server address is not valid. Check it in the profile."),
        Reason.REQUEST_FAILED: tr("The request to {host} failed. Try again."),
    }.get(reason, tr("Lead Editor could not reach {host}. Check the network and try again."))
    return title, text.format(host=host or tr("the server"))


def timed_out(reason: Reason, *, host: str, budget: float = 0) -> Text:
    from leadeditor.vicidial.errors import Reason

    where = host or tr("the server")
    if reason is Reason.OUT_OF_TIME:
        return tr("No answer"), tr(
            "{host} did not answer within the %n seconds allowed for reading the lead before a write; "
            "nothing has been written. Try again in a moment.",
            None,
            max(1, round(budget)),
        ).format(host=where)
    if reason is Reason.CONNECT_TIMEOUT:
        return tr("No answer"), tr(
            "{host} did not accept a connection in time; nothing was sent. Check the network and try again."
        ).format(host=where)
    return tr("No answer"), tr("{host} did not answer in time. Try again in a moment.").format(host=where)


def unknown_outcome(reason: Reason, *, lead_id: int | None, status: int | None, host: str) -> Text:
    from leadeditor.vicidial.errors import Reason

    where = host or tr("the server")
    why = {
        Reason.TIMEOUT: tr("{host} did not answer in time.").format(host=where),
        Reason.CONNECTION: tr("The connection to {host} broke before the answer arrived.").format(host=where),
        Reason.STATUS: tr("The server failed (HTTP {status}) while handling it.").format(status=status),
        Reason.UNREADABLE: tr("The server's answer could not be understood."),
    }.get(reason, "")
    if lead_id:
        text = tr(
            "The server did not confirm the change to lead {lead}: it may or may not have been "
            "applied. Search for the lead again to see what it holds before trying once more."
        ).format(lead=lead_id)
    else:
        text = tr(
            "The server did not confirm adding the lead: it may or may not have been added. Look the "
            "phone number up before trying again."
        )
    return tr("Outcome unknown"), (why + " " + text).strip()


def value_refused(detail: str) -> Text:
    """A value the client will not send (its own sentence says why); nothing reached the server."""
    return tr("Not sent"), tr("Nothing was sent: {detail}").format(detail=detail)


# -- one value: why it is not sent, what the server will store instead ------------------------------
def _char_name(ch: str) -> str:
    if ch == " ":
        return tr("space")
    if ch == "\t":
        return tr("tab")
    if ch == "\n":
        return tr("line break")
    if "\udc80" <= ch <= "\udcff":
        return tr("an invalid byte")
    if ord(ch) < 32:
        return tr("control character U+{code}").format(code=f"{ord(ch):04X}")
    return f"'{ch}'"


def _words(words: list[str], last: str = "") -> str:
    """ "a, b and c" (or "a, b or c" with ``last``)."""
    if len(words) <= 1:
        return "".join(words)
    return tr("{items} {last} {final}").format(
        items=", ".join(words[:-1]), last=last or tr("and"), final=words[-1]
    )


def _removed(chars: tuple[str, ...]) -> str:
    names = _words([_char_name(ch) for ch in chars])
    if len(chars) == 1:
        return tr("{chars} is removed").format(chars=names)
    return tr("{chars} are removed").format(chars=names)


def _kept(kept: Kept | None) -> str:
    """What a filter keeps, as one phrase: "letters, digits, space and - ' _ ."."""
    if kept is None:
        return tr("some characters")
    if kept.strip:
        return tr("everything except {chars}").format(chars=" ".join(kept.strip))
    words = []
    if kept.upper_only:
        words.append(tr("capital letters A-Z"))
    elif kept.letters:
        words.append(tr("letters"))
    if kept.digits:
        words.append(tr("digits"))
    if kept.space:
        words.append(tr("space"))
    if kept.symbols:
        words.append(" ".join(kept.symbols))
    return _words(words) if words else tr("nothing")


def note_text(note: ValueNote) -> str:
    """The sentence for one note about a value (`fields.refusal`, `fields.explain`, `ValueRefused`)."""
    from leadeditor.vicidial.value_notes import NoteReason as N

    r = note.reason
    label = field_label(note.field, note.label) if note.label else note.field  # in the user's language
    low = in_sentence(label) if label else ""
    if r is N.NEW_BLANK and note.field:
        text = tr("{field}: --BLANK-- would be stored literally on a new lead; leave the field empty.")
        return text.format(field=note.field)
    if r is N.NOT_SENT and note.refused is not None:
        return note_text(note.refused) + " " + tr("Lead Editor will not send it.")
    simple = {
        N.NOT_BLANKABLE: tr("{label} cannot be blanked: the server ignores --BLANK-- for it."),
        N.EMPTY_VALUE: tr("{label}: an empty value leaves the field unchanged; use Blank to empty it."),
        N.INVALID_UTF8: tr(
            "{label}: the value holds bytes that are not valid UTF-8, which the server cannot store."
        ),
        N.PHONE_DIGITS: tr(
            "A new phone number must be 1 to {length} digits (spaces, dashes, dots, brackets and commas are "
            "left out)."
        ),
        N.NEGATIVE: tr("{label} cannot be negative through the API: the server drops the sign."),
        N.INTEGER_RANGE: tr("{label} must be a whole number from {lowest} to {highest}."),
        N.PHONE_CODE_DIGITS: tr("The phone code must be 1 to {length} digits."),
        N.DECIMAL_RANGE: tr("The {label} must be a number from -{highest} to {highest}, like -5 or 5.5."),
        N.DATE_FORMAT: tr("The {low} must be a real date written YYYY-MM-DD."),
        N.NOT_TEXT: tr("{field}: a value must be text or BLANK."),
        N.PHONE_NEEDS_FLAG: tr("The phone number is changed only with “Change phone number”."),
        N.QUERY_LIKE: tr("{field}: with custom fields, a value must not contain text like '&name='."),
        N.NEEDS_PHONE: tr("Changing the phone number needs a new phone number."),
        N.NOT_A_COLUMN: tr("{field} is not an editable lead field (custom fields are off for this change)."),
        N.NOT_CUSTOM: tr(
            "{field} cannot be sent as a custom field: it is a lead column or an API parameter name."
        ),
        N.NEW_PHONE_CODE: tr("A new lead needs a phone code of digits."),
        N.NEW_PHONE_NUMBER: tr("A new lead needs a phone number of {lowest} to {highest} digits."),
        N.NEW_LIST_ID: tr("A new lead needs a list ID of at least {lowest}."),
        N.NEW_KEY_GIVEN: tr("{field} cannot be given among the values of a new lead."),
        N.NEW_BLANK: tr("--BLANK-- would be stored literally on a new lead; leave the field out."),
        N.NEW_LEAD_REFUSED: tr("The server refused the new lead's phone number, phone code or list."),
        N.LEAVES_UNCHANGED: tr("An empty value leaves the field unchanged; use Blank to empty it."),
        N.BLANK_STORES: tr("Blanking {low} stores '{stored}', not an empty value."),
        N.BLANK_TOKEN_EMPTIES: tr(
            "--BLANK-- is the server's word for emptying a field: {low} will be emptied."
        ),
        N.CR_DROPPED: tr("Carriage returns are dropped."),
        N.PLUS_BECOMES_SPACE: tr("'+' becomes a space."),
        N.PLUS_REMOVED: tr("'+' is removed."),
        N.DROPPED_WHOLE: tr("The value is not valid UTF-8, so the server drops it entirely."),
        N.LINE_BREAK_MARKER: tr("'!N' is VICIdial's line-break marker: it reads back as a line break."),
        N.BEYOND_BMP_STORED: tr(
            "Emoji and other characters beyond U+FFFF are stored as '{stored}' (the database uses 3-byte "
            "utf8)."
        ),
        N.NOTHING_SURVIVES: tr("Nothing survives the server's filter, so the field will be left unchanged."),
        N.CUT: tr("Cut to 1 character (the column's length).")
        if note.length == 1
        else tr("Cut to %n characters (the column's length).", None, note.length),
        N.INVALID_DATE: tr("Not a valid date: the server stores 0000-00-00."),
        N.STORED_NUMBER: tr("Stored as the number {stored}."),
        N.STORED_INTEGER: tr("Stored as the number {stored} (limits {lowest} to {highest})."),
        N.STORED_DATE: tr("Stored as the date {stored}."),
        N.STORED_AS: tr("The server stores '{stored}'."),
    }.get(r)
    facts = {
        "label": label,
        "low": low,
        "field": note.field,
        "stored": note.stored,
        "length": note.length,
        "lowest": note.lowest,
        "highest": note.highest,
    }
    if simple is not None:
        return simple.format(**facts)
    if r is N.ENUM_CHOICE:
        return tr("{label} must be {choices}: the server would store an empty value.").format(
            label=label, choices=_words(list(note.choices), tr("or"))
        )
    if r is N.ENUM_EMPTY:
        return tr("{label} must be one of {choices}; the server stores an empty value.").format(
            label=label, choices=", ".join(note.choices)
        )
    if r is N.REMOVED_NON_LATIN:
        # plain words for the server's "non-latin" setting (ui/glossary.non_latin_mode says the same)
        return tr(
            "{removed}: this server removes accents and letters of other alphabets (its non-latin setting "
            "is off)."
        ).format(removed=_removed(note.chars))
    if r is N.REMOVED_BEYOND_BMP:
        return tr("{removed}: the server keeps no emoji or symbols here.").format(
            removed=_removed(note.chars)
        )
    if r is N.REMOVED_STRIPPED:
        return tr("{removed}: the server always strips them from {low}.").format(
            removed=_removed(note.chars), low=low
        )
    kept = _kept(note.kept)
    end = "" if kept.endswith(".") else "."
    text = tr("{removed}: {low} keeps only {kept}").format(removed=_removed(note.chars), low=low, kept=kept)
    return text + end


def note_texts(notes: Iterable[ValueNote | ChangeWarning | str]) -> list[str]:
    """Each note's sentence (the catalogue's and the change set's); a text already worded passes through."""
    from leadeditor.editing.changes import ChangeWarning

    return [
        n if isinstance(n, str) else change_warning_text(n) if isinstance(n, ChangeWarning) else note_text(n)
        for n in notes
    ]


# -- the keyring ------------------------------------------------------------------------------------
def keyring_problem_text(error: SecretStoreError) -> str:
    """What went wrong with the system keyring, and what the user can do."""
    from leadeditor.secrets import KeyringProblem as K

    return {
        K.NO_KEYRING: tr(
            "No system keyring is available, so the password cannot be remembered. On Linux, install and "
            "start GNOME Keyring or KWallet (any Secret Service provider). You can still sign in for this "
            "session only."
        ),
        K.LOCKED: tr(
            "The system keyring is locked. Unlock it (for example by signing in to your desktop session "
            "again) and retry, or use the password for this session only."
        ),
        K.INIT_FAILED: tr(
            "The system keyring did not open (the unlock prompt was dismissed or the keyring service "
            "failed). Retry, or use the password for this session only."
        ),
        K.NOT_SAVED: tr(
            "The system keyring refused to save the password. It will be used for this session only and "
            "asked for again next time."
        ),
        K.NOT_DELETED: tr("The saved password could not be removed from the system keyring."),
        K.PLAINTEXT_REFUSED: tr(
            "The only keyring found stores passwords in a plain file, which Lead Editor refuses to use. "
            "Install GNOME Keyring or KWallet (any Secret Service provider), or sign in for this session "
            "only."
        ),
    }.get(error.problem, tr("The password could not be read from or saved to the system keyring."))


# -- signing in: the sign-in dialog's paragraphs --------------------------------------------------
def _permission_needs() -> dict[str, tuple[str, str]]:
    return {
        "update_lead": (
            tr("change leads"),
            tr(
                "user level 8 or more, \u201cModify Leads\u201d set (1 to 4), \u201cAgent API Access\u201d "
                "on, and update_lead (or ALL_FUNCTIONS) in \u201cAPI Allowed Functions\u201d"
            ),
        ),
        "lead_all_info": (
            tr("read lead details"),
            tr(
                "user level 7 or more, \u201cModify Leads\u201d set (1 to 5), \u201cView Reports\u201d on, "
                "\u201cAgent API Access\u201d on, and lead_all_info (or ALL_FUNCTIONS) in "
                "\u201cAPI Allowed Functions\u201d"
            ),
        ),
        "lead_search": (
            tr("search for leads"),
            tr(
                "user level 8 or more, \u201cModify Leads\u201d set (1 to 5), \u201cAgent API Access\u201d "
                "on, and lead_search (or ALL_FUNCTIONS) in \u201cAPI Allowed Functions\u201d"
            ),
        ),
        "lead_field_info": (
            tr("read single lead fields"),
            tr(
                "user level 7 or more, \u201cModify Leads\u201d set (1 to 4), \u201cAgent API Access\u201d "
                "on, and lead_field_info (or ALL_FUNCTIONS) in \u201cAPI Allowed Functions\u201d"
            ),
        ),
    }


def preflight_text(warning: Preflight) -> str:
    """A warning the user accepts before a password is sent (`SignInFlow.preflight`)."""
    from leadeditor.editing.sign_in import LOCK_AFTER, LOCK_MINUTES, PreflightKind

    kind, user = warning.kind, warning.user
    if kind is PreflightKind.LOCKED:
        when = warning.locked_until.astimezone().strftime("%H:%M") if warning.locked_until else "?"
        return tr(
            "The server locked user {user} after too many failed sign-ins, until about {when}. Trying "
            "before then fails and may make the lock last longer."
        ).format(user=user, when=when)
    if kind is PreflightKind.LAST_TRY:
        return tr(
            "%n sign-ins in a row have failed. If this password is wrong too, the server locks user {user} "
            "for {m} minutes.",
            None,
            warning.failures,
        ).format(user=user, m=LOCK_MINUTES)
    if kind is PreflightKind.NEAR_LOCK:
        return tr(
            "%n sign-ins in a row have failed. The server locks the user for {m} minutes after {limit} "
            "failures (fewer may be left if other programs tried too).",
            None,
            warning.failures,
        ).format(m=LOCK_MINUTES, limit=LOCK_AFTER)
    if kind is PreflightKind.BAD_CHARACTERS and warning.password is not None:
        return password_problem_text(warning.password)
    return tr("This is the same password the server refused a moment ago.")


def password_problem_text(problem: PasswordProblem) -> str:
    """Why a password can never sign in; it counts the characters the API removes, never names them."""
    allowed = tr("letters A\u2013Z, digits, \u2018-\u2019 and \u2018_\u2019")
    if problem.any_alphabet:
        allowed = tr("letters (of any alphabet), digits, \u2018-\u2019 and \u2018_\u2019")
    if problem.bad == 1:
        text = tr(
            "This password contains 1 character that VICIdial's API removes before checking it (it keeps "
            "only {allowed}), so it can never sign in, and each try counts toward the server's lock-out. Ask "
            "an administrator for an API password made of {allowed}."
        )
    else:
        text = tr(
            "This password contains %n characters that VICIdial's API removes before checking it (it keeps "
            "only {allowed}), so it can never sign in, and each try counts toward the server's lock-out. Ask "
            "an administrator for an API password made of {allowed}.",
            None,
            problem.bad,
        )
    return text.format(allowed=allowed)


def permission_text(user: str, function: str) -> str:
    what, needs = _permission_needs().get(
        function,
        (
            tr("use {function}").format(function=function),
            tr(
                "user level 8 or more, \u201cAgent API Access\u201d on, and {function} (or ALL_FUNCTIONS) in "
                "\u201cAPI Allowed Functions\u201d"
            ).format(function=function),
        ),
    )
    return tr(
        "The password is right, but user {user} may not {what} through the API ({function}). An "
        "administrator must set, on this user in VICIdial's Admin \u2192 Users: {needs}. To read leads the "
        "user also needs \u201cView Reports\u201d."
    ).format(user=user, what=what, function=function, needs=needs)


def failure_message(failure: SignInFailure, profile: Profile) -> str:
    """One plain paragraph for a failed sign-in. It never contains the password."""
    from leadeditor.editing.sign_in import LOCK_AFTER, LOCK_MINUTES, FailureKind

    host = urlsplit(profile.url).hostname or profile.url
    kind = failure.kind
    if kind is FailureKind.WRONG_PASSWORD:
        text = tr(
            "The server refused user {user} with this password. Check the password and that the user "
            "exists and is active."
        ).format(user=profile.user)
        if failure.failures:
            text += " " + tr(
                "Failed sign-ins in a row: {n}. The server locks the user for {m} minutes after {limit}."
            ).format(n=failure.failures, m=LOCK_MINUTES, limit=LOCK_AFTER)
        return text
    if kind is FailureKind.LOCKED_OUT:
        when = failure.locked_until.astimezone().strftime("%H:%M") if failure.locked_until else "?"
        return tr(
            "Too many failed sign-ins: the server has locked user {user} until about {when}. Wait until then "
            "(trying earlier can extend the lock), or ask an administrator to reset the user's failed "
            "login count."
        ).format(user=profile.user, when=when)
    if kind is FailureKind.PERMISSION:
        return permission_text(profile.user, failure.function or "update_lead")
    if kind is FailureKind.UNREACHABLE:
        return tr(
            "Lead Editor could not reach {host}. Check the server address, that the server is running, and "
            "your network or VPN connection."
        ).format(host=host)
    if kind is FailureKind.TIMEOUT:
        return tr(
            "{host} did not answer in time (connect {c:g} s, read {r:g} s). The server may be busy or the "
            "address may be wrong. You can raise the timeouts in the profile."
        ).format(host=host, c=profile.connect_timeout, r=profile.read_timeout)
    if kind is FailureKind.TLS:
        return tr(
            "The server's certificate is not trusted, so nothing was sent. This usually means {host} uses a "
            "certificate from your company's own certificate authority, or a self-signed one. Ask your "
            "administrator for that CA certificate file and choose it below: Lead Editor will then trust it "
            "for this profile only."
        ).format(host=host)
    if kind is FailureKind.SERVER_FAILURE:
        return tr(
            "The server failed while answering. Try again in a moment; if it keeps failing, ask the "
            "administrator to check the web server's error log."
        )
    if kind is FailureKind.TWO_FACTOR:
        return tr(
            "The server asks for two-factor authentication for user {user}, which the API cannot complete. "
            "An administrator must exempt this API user from two-factor authentication."
        ).format(user=profile.user)
    if kind is FailureKind.IP_BLOCKED:
        return tr(
            "The server does not accept API calls from this computer's address. An administrator must add "
            "it to the API IP list of the user's group."
        )
    if kind is FailureKind.NOT_SENT:
        return tr(
            "The password was not sent: it contains characters that VICIdial's API removes, so it could "
            "never sign in. Ask an administrator for an API password made of letters, digits, '-' and '_'."
        )
    if kind is FailureKind.INVALID_PROFILE:
        problems = " ".join(profile_problem_text(p) for p in failure.profile_problems)
        return tr("This profile is incomplete: {detail}").format(detail=problems)
    return tr(
        "The answer from {host} is not what a VICIdial server sends. Check that the address points to the "
        "VICIdial web server (for example https://dialer.example.com)."
    ).format(host=host)


def capability_notice(session: SignedInSession) -> str | None:
    """A plain notice when the server is too old for the read functions (None when it is recent enough)."""
    caps = session.capabilities
    if not caps.limited:
        return None
    v = session.server_version
    ident = f"{getattr(v, 'version', '?')}, build {getattr(v, 'build', '?')}"
    if not caps.lead_all_info:
        return tr(
            "This server (VICIdial {ident}) is older than the lead reading and search functions (added in "
            "2021). Lead Editor can still correct a lead by its lead ID, but cannot show its current values "
            "or find it by phone number; ask for the server to be upgraded."
        ).format(ident=ident)
    if not caps.lead_search:
        return tr(
            "This server (VICIdial {ident}) has no lead search (added in October 2021). Lead Editor shows "
            "only the lead the server itself would change, not every lead that matches."
        ).format(ident=ident)
    return tr(
        "This server (VICIdial {ident}) cannot read leads by phone number (added in November 2021); search "
        "by lead ID or vendor code instead."
    ).format(ident=ident)


def status_text(session: SignedInSession) -> str:
    """A line for the main window's status bar."""
    v = session.server_version
    text = tr("{profile}: signed in as {user} \u00b7 VICIdial {version} (build {build})").format(
        profile=session.profile.name,
        user=session.profile.user,
        version=getattr(v, "version", "?"),
        build=getattr(v, "build", "?"),
    )
    if not session.profile.verify_tls and session.profile.is_https:
        text += " \u00b7 " + tr("certificate NOT verified")
    if session.capabilities.limited:
        text += " \u00b7 " + tr("limited: old server")
    return text


# -- saves (one lead, an undo, each lead of a common change) -------------------------------------------------


def save_message(outcome: SaveOutcome) -> str:
    """What a save did, for the status area."""
    from leadeditor.editing.outcomes import SaveStatus

    lid, status = outcome.lead_id, outcome.status
    mismatches = mismatch_lines(outcome)
    if status is SaveStatus.SAVED and mismatches:
        text = tr("Lead {0} was changed, but not as expected: {1}.").format(lid, _now_holds(outcome))
    elif status is SaveStatus.SAVED and outcome.verification is None and outcome.resolution is None:
        text = tr("Lead {0} was changed on the server's word: {1}.").format(lid, _now_holds(outcome))
    elif status is SaveStatus.SAVED:
        text = tr("Saved lead {0}: {1}.").format(lid, _now_holds(outcome))
    elif status is SaveStatus.ALREADY_SO:
        text = tr("Lead {0} already held these values; nothing changed.").format(lid)
    elif status is SaveStatus.NOTHING_SENT:
        text = tr("Nothing was sent for lead {0}: no edit would change what the server stores.").format(lid)
    elif status is SaveStatus.NOT_APPLIED:
        text = tr("The server did not apply the change to lead {0}; nothing was changed.").format(lid)
    elif status is SaveStatus.ABORTED:
        text = tr("Not saved: {0}.").format(stop_reason(outcome.error))
    elif status is SaveStatus.UNKNOWN:
        text = tr(
            "It is not known whether lead {0} was changed: the server's answer was lost and reading the "
            "lead back could not tell. Use “Check again” before trying once more."
        ).format(lid)
    else:
        text = tr("Lead {0} was not changed: {1}").format(lid, outcome.error)
    extra = " ".join(mismatches + _notes(outcome))
    return f"{text} {extra}".strip()


def overwritten_text(lead_id: int, label: str, now: str) -> str:
    """A field a verified save stored that holds something else when read again."""
    return tr(
        "Lead {0}: {1} was changed again after your save: now '{2}'. Changed by another user or by the "
        "agent's screen."
    ).format(lead_id, in_sentence(label), now)


def read_problem_text(problem: ReadProblem) -> str:
    """Why a lead's details could not be read (`editing.read_problems`)."""
    from leadeditor.editing.read_problems import ReadProblem as P

    return {
        P.NOT_ALLOWED: tr("You may not read this lead's details (its list is outside your campaigns)."),
        P.GONE: tr("This lead no longer exists on the server."),
        P.NOT_RETURNED: tr(
            "The server did not return this lead's details (its list may be outside your campaigns)."
        ),
        P.APOSTROPHE: tr(
            "The server failed while reading this lead. VICIdial on PHP 8 fails this way when a value "
            "holds an apostrophe (such as O'Brien)."
        ),
        P.SERVER_FAILED: tr("The server failed while reading this lead."),
        P.NO_ANSWER: tr("The server did not answer while reading this lead."),
    }.get(problem, tr("The server's answer could not be understood while reading this lead."))


def lead_note_text(note: str | ReadProblem) -> str:
    """Why a lead's values came from a fallback (`editing.lead.LeadNote`) or could not be read at all (a
    `ReadProblem`); other text passes through."""
    from leadeditor.editing.lead import LeadNote as L
    from leadeditor.editing.read_problems import ReadProblem

    if isinstance(note, ReadProblem):
        return read_problem_text(note)

    words: dict[str, str] = {
        L.FIELD_BY_FIELD: tr(
            "Read field by field: the server fails when it sends this lead's full record (VICIdial on PHP 8 "
            "and a value with an apostrophe, such as O'Brien)."
        ),
        L.CUSTOM_UNREAD: tr("Custom fields could not be read."),
        L.UNDO: tr("The values the journal entry stored, for its undo."),
    }
    return words.get(note, note)


def journal_note_text(note: str) -> str:
    """A journal entry's note: the write path's codes in words; any other note (an undo's warnings, or an
    entry written before the codes) as it was stored."""
    from leadeditor.editing.journal_codes import JournalNote as J

    code, _, columns = note.partition(":")
    if code == J.OVERWRITTEN:
        fields = ", ".join(field_label(c) for c in columns.split(",") if c)
        return tr("Overwritten later: {0} no longer held what this save stored.").format(fields)
    words: dict[str, str] = {
        J.BEFORE_UNREAD: tr("The lead's values before the change could not be read."),
        J.SAVED_UNCHECKED: tr("Saved on the server's word: the lead could not be read back to check it."),
        J.DELETE_UNREAD: tr("The lead could not be read before deleting it."),
    }
    return words.get(note, note)


def stop_reason(error: BaseException | None) -> str:
    """Why a save stopped before anything was sent."""
    from leadeditor.editing.update_job import ConflictFound, UncheckedLead

    if isinstance(error, ConflictFound):
        n = len(error.conflicts)
        if n == 1:
            return tr("lead {0} was changed on the server since you opened it (1 field differs)").format(
                error.lead_id
            )
        return tr(
            "lead {0} was changed on the server since you opened it (%n fields differ)", None, n
        ).format(error.lead_id)
    if isinstance(error, UncheckedLead):
        # a clause: the sentence it goes into ("Not saved: {0}.") gives the full stop
        return tr("the current values of lead {0} could not be read to check them: {1}").format(
            error.lead_id, read_problem_text(error.reason).rstrip(".")
        )
    if error is None:
        return tr("cancelled before anything was sent")
    return str(error)  # a check added to the workflow stopped it, in its own words


def mismatch_lines(outcome: SaveOutcome) -> list[str]:
    """One sentence per field whose read-back value is not what was predicted."""
    if outcome.verification is None:
        return []
    return [
        tr("{0} holds '{1}', not the expected '{2}'.").format(
            field_label(f.column, f.label), f.stored, f.predicted
        )
        for f in outcome.verification.differences
    ]


def _notes(outcome: SaveOutcome) -> list[str]:
    from leadeditor.editing.outcomes import SaveStatus
    from leadeditor.editing.safety import ResolutionState

    if not outcome.read_back and outcome.resolution is None:
        return [tr("(The lead could not be read back, so the stored values were not checked.)")]
    if outcome.answer_contradicted and outcome.status is SaveStatus.NOT_APPLIED:
        return [
            tr("(The server's answer said the change was applied; reading the lead back shows it was not.)")
        ]
    if outcome.answer_contradicted:
        return [
            tr(
                "(The server's answer was empty or said nothing was applied; reading the lead back shows "
                "the change stored.)"
            )
        ]
    state = outcome.resolution.state if outcome.resolution is not None else None
    if state in (ResolutionState.APPLIED, ResolutionState.AS_REQUESTED):
        return [tr("(The server's answer was lost; reading the lead back shows the change landed.)")]
    if state is ResolutionState.NOT_APPLIED:
        return [tr("(The server's answer was lost; reading the lead back shows nothing changed.)")]
    return []


def _now_holds(outcome: SaveOutcome) -> str:
    from leadeditor.editing.lead import READ_COLUMNS
    from leadeditor.vicidial import columns as col
    from leadeditor.vicidial.fields import field as field_spec

    parts = []
    source = outcome.stored
    read = {
        k: v
        for k, v in (outcome.verification.stored if outcome.verification else {}).items()
        if v is not None
    }
    for key in outcome.sent:
        column = key in READ_COLUMNS
        spec_label = field_label(key, field_spec(key).label) if column else key
        if key in read:
            value = read[key]
        elif source is not None:
            value = source.value(key) if column else source.custom.get(key, "")
        else:
            value = outcome.changeset.predictions().get(key, "")
        label = spec_label[0].lower() + spec_label[1:]
        if value in ("", "0000-00-00") and key != col.GMT_OFFSET_NOW:
            parts.append(tr("{0} is now empty").format(label))
        else:
            parts.append(tr("{0} is now '{1}'").format(label, value))
    return "; ".join(parts) or tr("no field changed")


def common_change_text(change: CommonChange, template: ChangeSet) -> str:
    """What a common change will set, for the question before it is applied and its progress."""
    parts = [
        tr("{0} → {1}").format(
            field_label(r.key, r.label), tr("(empty)") if r.will_store == "" else r.will_store
        )
        for r in template.rows()
        if r.sends
    ]
    return tr("Setting {0} on %n leads, each by its lead ID.", None, len(change.tasks)).format(
        "; ".join(parts)
    )


def common_change_refused(error: ValueError) -> str:
    """Why a common change cannot be made (nothing was sent)."""
    from leadeditor.editing.multi_lead import CustomFieldsNotCommon

    if isinstance(error, CustomFieldsNotCommon):
        return tr("Custom fields differ from list to list; change them one lead at a time.")
    return str(error)


def skip_text(reason: SkipReason | None) -> str:
    """Why one lead of a common change is not written."""
    if reason is None:
        return ""
    return tr("its details could not be read; correct it on its own")


def lead_result(outcome: SaveOutcome | None, skipped: str = "") -> tuple[str, str]:
    """(outcome word for the per-lead table, detail) of one lead of a common change."""
    from leadeditor.editing.outcomes import SaveStatus

    if outcome is None:
        return "skipped", skipped
    status = outcome.status
    if status is SaveStatus.ABORTED and outcome.conflicts:
        fields = ", ".join(
            f"{field_label(c.column, c.label)} {c.when_opened or tr('(empty)')} → {c.now or tr('(empty)')}"
            for c in outcome.conflicts[:3]
        )
        return "conflict", tr("Changed on the server since it was listed ({0}); not written").format(fields)
    if status is SaveStatus.ABORTED:
        return "skipped", str(outcome.error) if outcome.error else tr("cancelled before sending")
    if status is SaveStatus.NOTHING_SENT:
        return "as requested", tr("Already held these values; nothing sent")
    if status is SaveStatus.ALREADY_SO:
        return "as requested", tr("Already held these values")
    if status is SaveStatus.FAILED:
        return "failed", str(outcome.error)
    if status is SaveStatus.NOT_APPLIED:
        return "not applied", save_message(outcome)
    if status is SaveStatus.UNKNOWN:
        return "unknown", tr("The answer was lost and reading back could not tell; check this lead")
    mismatches = mismatch_lines(outcome)
    if mismatches:
        return "saved-with-differences", " ".join(mismatches)
    return "saved", "; ".join(
        f"{field_label(r.key, r.label)}: {r.now or tr('(empty)')} → {r.will_store or tr('(empty)')}"
        for r in outcome.changeset.rows()
        if r.sends
    )


# -- undo ------------------------------------------------------------------------------------------------


def undo_problems(plan: UndoPlan) -> list[str]:
    """What an undo cannot put back exactly, one sentence per field."""
    from leadeditor.editing.safety import label_of

    out = [
        tr("{0} cannot be put back: {1}.").format(label_of(c), not_restorable_text(why))
        for c, why in plan.not_restorable.items()
    ]
    out += [
        tr("{0} will be stored as '{1}', not exactly as before.").format(label_of(c), v)
        for c, v in plan.inexact.items()
    ]
    return out


def not_restorable_text(block: NotRestorable) -> str:
    """Why one field cannot be put back."""
    from leadeditor.editing.safety import UndoBlock

    if block.reason is UndoBlock.BEFORE_UNKNOWN:
        return tr("its value before the change is unknown")
    if block.reason is UndoBlock.NOT_WRITABLE:
        return tr("it is not a field Lead Editor can write")
    if block.reason is UndoBlock.CANNOT_EMPTY:
        return tr("it was empty, and the server cannot empty this field")
    return tr("the server would ignore {0} for this field").format(repr(block.before))


# -- a lost answer, judged by reading the lead back -------------------------------------------------------


def resolution_text(resolution: Resolution) -> str:
    """Why a write whose answer was lost is judged applied, not applied or still unknown."""
    from leadeditor.editing.safety import ResolutionReason as R

    reason = resolution.reason
    if reason is R.NOT_READ:
        return tr("The lead could not be read back.")
    if reason is R.MIXED:
        return tr(
            "Some fields hold your values and others the old ones: the lead was changed by someone else "
            "meanwhile."
        )
    if reason is R.HOLDS_NEW:
        text = tr("The lead holds the values you asked for.")
        if resolution.changed_by_others:
            text += " " + tr("Some fields have been changed again since, by someone else.")
        return text
    if reason is R.HOLDS_OLD:
        text = tr("The lead still holds the values it had before: your change was not applied.")
        if resolution.changed_by_others:
            text += " " + tr("Some fields were changed by someone else meanwhile.")
        return text
    if reason is R.ALREADY_SO:
        return tr(
            "The lead holds the values you asked for. They were already so before, so whether this "
            "request wrote them cannot be told, and it does not matter."
        )
    if reason is R.NEITHER:
        return tr("The lead holds neither the old values nor yours: someone else changed it meanwhile.")
    return tr("Some fields could not be read back.")


# -- reset, delete, add as new lead ----------------------------------------------------------------------


def admin_message(out: AdminOutcome) -> str:
    """What a reset, delete or insert did, for the status area."""
    from leadeditor.editing.outcomes import AdminReason as R

    lid, action, reason = out.lead_id, out.action, out.reason
    if reason is R.REFUSED:
        if action == "reset":
            return tr("Lead {0} was not reset: {1}").format(lid, out.error)
        if action == "delete":
            return tr("Lead {0} was not deleted: {1}").format(lid, out.error)
        return tr("The lead was not added: {0}").format(out.error)
    if reason is R.CANCELLED:
        return tr("Cancelled before anything was sent.")
    if reason is R.NO_SUCH_LEAD:
        return tr("Lead {0} does not exist; nothing was deleted.").format(lid)
    if reason is R.NO_ANSWER_BEFORE:
        return tr(
            "Lead {0} was not deleted: the server did not answer in time to read it first, so its values "
            "could not be kept in the journal. Nothing was sent; try again in a moment."
        ).format(lid)
    if reason is R.PHONE_TAKEN:
        return tr("Not added: lead {0} already has phone number {1}.").format(lid, out.phone_number)
    if action == "insert":
        return _insert_message(out)
    if action == "reset":
        if reason is R.DONE_UNCHECKED:
            return tr(
                "Lead {0} was reset: it can be dialed again in its list. (It could not be read back to "
                "check.)"
            ).format(lid)
        if reason in (R.DONE, R.UNCERTAIN):
            return tr("Lead {0} was reset: it can be dialed again in its list.").format(lid)
        return _lost_message(out, tr("reset"))
    if reason is R.DONE:
        return tr("Lead {0} was deleted. Its full record is kept in the journal.").format(lid)
    if reason is R.NOT_DONE:
        return tr("Lead {0} is still there: the server did not delete it.").format(lid)
    if reason is R.UNCERTAIN:
        return tr("Lead {0}: the server answered, but whether the lead is gone could not be read.").format(
            lid
        )
    return _lost_message(out, tr("deleted"))


def _insert_message(out: AdminOutcome) -> str:
    from leadeditor.editing.outcomes import AdminReason as R

    if out.reason is R.DONE:
        return tr("Added lead {0} to list {1}.").format(out.lead_id, out.list_id)
    if out.reason is R.LOST_APPLIED:
        return tr("The answer was lost, but lead {0} now has this phone number: it was added.").format(
            out.lead_id
        )
    if out.reason is R.LOST_NOT_APPLIED:
        return tr("The answer was lost and no lead has this phone number: it was not added.")
    return tr("The server did not add the lead (its INSERT failed).")


def _lost_message(out: AdminOutcome, verb: str) -> str:
    from leadeditor.editing.outcomes import AdminReason as R

    lid = out.lead_id
    if out.reason is R.LOST_APPLIED:
        return tr("The answer was lost, but reading back shows lead {0} was {1}.").format(lid, verb)
    if out.reason is R.LOST_AS_REQUESTED:
        return tr("The answer was lost; lead {0} is {1} as requested.").format(lid, verb)
    if out.reason is R.LOST_NOT_APPLIED:
        return tr("The answer was lost; reading back shows lead {0} was not {1}.").format(lid, verb)
    return tr(
        "The answer was lost and lead {0} could not be read back: whether it was {1} is unknown. "
        "Nothing was sent again."
    ).format(lid, verb)


# -- batch corrections: the file, its header, the mapping, each row ---------------------------------
def _letters(columns: Any) -> str:
    return ", ".join(columns) if isinstance(columns, list | tuple) else str(columns)


def file_problem_text(error: FileReadError) -> str:
    """Why a correction file cannot be read; nothing was sent."""
    from leadeditor.editing.batch.errors import FileProblem as F

    d = error.data
    text = {
        F.NOT_FOUND: tr("There is no file at {path}."),
        F.UNREADABLE: tr("The file {path} cannot be read (it may be a folder, or you may not open it)."),
        F.UNSUPPORTED_FORMAT: tr(
            "Files ending in {suffix} cannot be read: use a .csv, .tsv, .txt, .xlsx or .xlsm file."
        ),
        F.EMPTY: tr("The file is empty: it has no header row."),
        F.UNKNOWN_ENCODING: tr("{encoding} is not a text encoding Lead Editor knows."),
        F.UNDECODABLE: tr(
            "Row {row} does not read as {encoding}: choose the file's encoding (for example Windows-1252)."
        ),
        F.BINARY: tr(
            "Row {row} holds bytes no text file has: this is not a text file (perhaps an .xls saved as .csv)."
        ),
        F.DAMAGED_CSV: tr("Row {row} of the file cannot be read: {detail}."),
        F.DAMAGED_WORKBOOK: tr("The workbook is damaged and cannot be read: {detail}."),
        F.NO_SUCH_SHEET: tr("The workbook has no sheet named {sheet}; its sheets are: {sheets}."),
    }.get(error.reason, tr("The file cannot be read."))
    facts = {k: (_letters(v) if k == "sheets" else v) for k, v in d.items()}
    return text.format_map(_Facts(facts))


class _Facts(dict[str, Any]):
    """Facts for a text: a missing one shows as "?" instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"


def header_problem_text(issue: HeaderIssue) -> str:
    """A problem with one column of the header row."""
    from leadeditor.editing.batch.table import HeaderProblem as H

    if issue.reason is H.DUPLICATE:
        return tr(
            "Column {column} has the header “{header}”, like column {first}: rename one so that each "
            "column is named once."
        ).format(
            column=issue.column.letter,
            header=issue.column.header,
            first=issue.first.letter if issue.first else "?",
        )
    return tr("Column {column} has no header: give it one, or leave it empty.").format(
        column=issue.column.letter
    )


def mapping_problem_text(issue: MappingIssue) -> str:
    """A problem with how the file's columns are mapped to lead fields."""
    from leadeditor.editing.batch.mapping import MappingProblem as M

    d = dict(issue.data)
    if "columns" in d:
        d["columns"] = _letters(d["columns"])
    if issue.reason is M.SCOPE_REFUSED:
        return search_problems_text(d.get("problems") or ()) or tr("The search scope is not complete.")
    text = {
        M.BAD_ASSIGNMENT: tr("“{text}” is not a mapping: write it as header=field."),
        M.UNKNOWN_HEADER: tr("The file has no column with the header “{header}”."),
        M.UNKNOWN_FIELD: tr("Column “{header}” is mapped to {field}, which is not a lead field."),
        M.AMBIGUOUS_HEADER: tr(
            "The header “{header}” is on more than one column ({columns}): rename them so that each is named "
            "once."
        ),
        M.DUPLICATE_TARGET: tr("Columns {columns} all feed {field}: map only one of them to it."),
        M.NO_KEY_COLUMN: tr("No column holds the {key} that finds each lead."),
        M.NOTHING_TO_CHANGE: tr(
            "No column of the file is mapped to a lead field: there is nothing to change."
        ),
    }.get(issue.reason, tr("The mapping of the file's columns is not complete."))
    return text.format_map(_Facts(d))


def _field_name(name: str) -> str:
    """A field's label in the user's language, from the one column table; a custom field keeps its name."""
    from leadeditor.vicidial import columns as col

    standard = col.BY_NAME.get(name)
    return field_label(name, standard.label if standard is not None else name)


def row_problem_text(issue: RowIssue) -> str:
    """Why one row of a correction file is not written as it is."""
    from leadeditor.editing.batch.plan import RowProblem as R

    d = dict(issue.data)
    if "field" in d:  # named as the user knows it: its label, not the raw column
        d["field"] = _field_name(str(d["field"]))
    if issue.reason is R.KEY_INVALID:
        return tr("The key “{value}” is not valid: {problems}").format(
            value=d.get("value", ""), problems=search_problems_text(d.get("problems") or ())
        )
    if issue.reason is R.REFUSED:
        return (
            tr("{field}: “{value}” is not sent. {why}")
            .format(
                field=d.get("field", ""),
                value=d.get("value", ""),
                why=note_text(d["reason"]) if d.get("reason") is not None else "",
            )
            .strip()
        )
    text = {
        R.KEY_EMPTY: tr("The key column “{column}” is empty in this row."),
        R.DUPLICATE_KEY: tr(
            "The key “{value}” is also on row {first_row}: each lead is corrected by one row."
        ),
        R.RAGGED: tr("This row has 1 more cell than the header has columns ({columns}).")
        if d.get("extra") == 1
        else tr(
            "This row has %n more cells than the header has columns ({columns}).",
            None,
            int(d.get("extra") or 0),
        ),
        R.NOT_BLANKABLE: tr("{field} cannot be blanked: the server ignores --BLANK-- for it."),
        R.SERVER_BLANK_TOKEN: tr(
            "{field} holds the literal text --BLANK--, which the server would take as “empty this field”; "
            "it is not sent."
        ),
    }.get(issue.reason, tr("This row cannot be written as it is."))
    return text.format_map(_Facts(d))


def batch_outcome_text(outcome: Any) -> str:
    """A row's outcome in the batch window's table and counts."""
    return {
        "would_update": tr("Would update"),
        "updated": tr("Updated"),
        "unchanged": tr("Unchanged"),
        "not_found": tr("Not found"),
        "ambiguous": tr("Several leads"),
        "invalid": tr("Invalid"),
        "conflict": tr("Conflict"),
        "failed": tr("Failed"),
        "unknown": tr("Unknown"),
        "skipped": tr("Skipped"),
    }.get(str(outcome), str(outcome))


def batch_value_text(value: str | None) -> str:
    """A field's value in the batch window: empty and not known say so."""
    if value is None:
        return tr("(not known)")
    return f"“{value}”" if value else tr("(empty)")


def batch_row_text(result: Any, error: str = "") -> str:
    """What happened to one row of a batch (the window's table and the results file's message); `error` is
    the sentence for the error the row carries (`ui.messages.describe_error`), when it carries one."""
    from leadeditor.editing.batch.row_result import RowReason as R

    data = result.data
    if result.reason is R.FILE_PROBLEM:
        return " ".join(row_problem_text(i) for i in data.get("issues", ()))
    texts = {
        R.PLANNED: "",
        R.NOTHING_TO_CHANGE: tr("Every field already holds this value."),
        R.ALREADY_SO: tr("The server already held these values."),
        R.NOT_FOUND: tr("No lead matches this key."),
        R.AMBIGUOUS: tr("Several leads match: {leads}. Pick the one this row corrects, or leave it out."),
        R.SAME_LEAD: tr("Row {first_row} already changes this lead; this row is not used."),
        R.READ_FAILED: tr("The lead could not be read: {error}"),
        R.CONFLICT: tr("The lead was changed on the server since the dry run ({fields}); not written."),
        R.REFUSED: tr("Refused, nothing written: {error}"),
        R.NOT_APPLIED: tr("The server applied nothing."),
        R.STORED_DIFFERENTLY: tr("Written, but the server stored something else in: {fields}."),
        R.UNKNOWN: tr(
            "The answer was lost and reading the lead back could not tell whether it was written; it was not "
            "sent again. Resume the batch to check again."
        ),
        R.STOPPED: tr("Not sent: the batch stopped at a refused sign-in or permission. {error}"),
        R.CANCELLED: tr("Not sent: the batch was cancelled or stopped before this row."),
        R.NOT_SENT_AFTER_CRASH: tr(
            "Begun before the program stopped; read back: not written. Not sent again."
        ),
        R.KEPT_LATER_EDIT: tr("Changed since the batch, left as it is now: {fields}."),
        R.WITHHELD: tr(
            "Not resumed: a value holds the text of the password, which the journal never keeps. Check the "
            "lead, and apply the row again from the file if needed."
        ),
    }
    facts = _Facts(
        leads=", ".join(str(i) for i in data.get("leads", ())),
        first_row=data.get("first_row", "?"),
        error=error,
        fields=", ".join(in_sentence(field_label(f, f)) for f in data.get("fields", ())),
    )
    text = texts.get(result.reason, "").format_map(facts).strip()
    warnings = [w for c in result.changes if c.sends for w in note_texts(c.warnings)]
    return " ".join(t for t in (text, *dict.fromkeys(warnings)) if t)


def batch_problem_lines(problems: Any) -> list[str]:
    """Every problem of a dry run grouped by reason, with its rows (`BatchReport.problems`)."""
    from leadeditor.editing.batch.plan import RowProblem as P
    from leadeditor.editing.batch.row_result import RowReason as R

    details = {
        P.KEY_EMPTY.value: tr("The key cell is empty"),
        P.KEY_INVALID.value: tr("The key is not valid"),
        P.DUPLICATE_KEY.value: tr("The key is on an earlier row too"),
        P.RAGGED.value: tr("More cells than the header has columns"),
        P.REFUSED.value: tr("A value the server would refuse"),
        P.NOT_BLANKABLE.value: tr("A field the server cannot blank"),
        P.SERVER_BLANK_TOKEN.value: tr("The literal text --BLANK--"),
    }
    reasons = {
        R.NOT_FOUND: tr("No lead matches"),
        R.AMBIGUOUS: tr("Several leads match (pick one by hand)"),
        R.SAME_LEAD: tr("An earlier row changes the same lead"),
        R.READ_FAILED: tr("The lead could not be read"),
        R.CONFLICT: tr("Changed on the server since the dry run"),
        R.REFUSED: tr("Refused by the server"),
        R.NOT_APPLIED: tr("The server applied nothing"),
        R.STORED_DIFFERENTLY: tr("Stored differently"),
        R.UNKNOWN: tr("Outcome unknown"),
        R.STOPPED: tr("Stopped at a refused sign-in or permission"),
        R.CANCELLED: tr("Not sent (cancelled)"),
        R.WITHHELD: tr("Withheld"),
    }
    lines = []
    for (reason, detail), rows in problems.items():
        label = (
            details.get(detail, tr("A problem in the file"))
            if reason is R.FILE_PROBLEM
            else reasons.get(reason, str(reason))
        )
        shown = ", ".join(str(r) for r in rows[:20]) + (" …" if len(rows) > 20 else "")
        lines.append(tr("{0}: %n rows ({1})", "", len(rows)).format(label, shown))
    return lines


def batch_counts_text(counts: Any, *, applied: bool) -> str:
    """“12 would update, 3 unchanged, 1 with several leads …” in the outcome order of the table."""
    from leadeditor.editing.batch.results import Outcome as O

    parts = {
        O.WOULD_UPDATE: lambda n: tr("%n would update", "", n),
        O.UPDATED: lambda n: tr("%n updated", "", n),
        O.UNCHANGED: lambda n: tr("%n unchanged", "", n),
        O.AMBIGUOUS: lambda n: tr("%n with several leads", "", n),
        O.NOT_FOUND: lambda n: tr("%n not found", "", n),
        O.INVALID: lambda n: tr("%n invalid", "", n),
        O.CONFLICT: lambda n: tr("%n in conflict", "", n),
        O.FAILED: lambda n: tr("%n failed", "", n),
        O.UNKNOWN: lambda n: tr("%n unknown", "", n),
        O.SKIPPED: lambda n: tr("%n skipped", "", n),
    }
    shown = [word(counts[o]) for o, word in parts.items() if counts.get(o)]
    total = sum(counts.values())
    head = tr("%n rows:", "", total) if applied else tr("Dry run, nothing written. %n rows:", "", total)
    return f"{head} {', '.join(shown) if shown else tr('nothing')}."


def batch_confirm_text(writes: int, counts: Any) -> str:
    """The confirmation before the apply: how many leads will be written, and what is left out."""
    left = sum(counts.values()) - writes
    return (
        " ".join(
            (
                tr(
                    "%n leads will be written by lead ID, each read just before and after.",
                    "",
                    writes,
                ),
                tr("%n rows are left out (unchanged, not found, several leads, invalid).", "", left)
                if left
                else "",
                tr("You can pause or cancel at any time; a row already sent always finishes."),
            )
        )
        .replace("  ", " ")
        .strip()
    )


def batch_progress_text(done: int, total: int, rate: float, eta: float | None) -> str:
    """The progress line under the bar: rows done, rows a second, time left."""
    text = tr("{done} of %n rows, {rate:.1f} rows a second", None, total).format(done=done, rate=rate)
    if eta is None:
        return text
    minutes, seconds = divmod(round(eta), 60)
    left = (
        tr("about {m} min {s} s left").format(m=minutes, s=seconds)
        if minutes
        else tr("about {s} s left").format(s=seconds)
    )
    return f"{text}, {left}"


def batch_unfinished_line(batch_id: int, source: str, done: int, total: int) -> str:
    """An unfinished batch offered after start-up."""
    # %n is the total (Qt writes it without thousands separators; `%Ln` would follow the locale)
    return tr("Batch {id} ({source}) did not finish: {done} of %Ln rows done.", None, total).format(
        id=batch_id, source=source or tr("no file name"), done=f"{done:,}"
    )


def batch_resume_label(done: int, total: int) -> str:
    return tr("&Resume ({done} of {total} done)").format(done=f"{done:,}", total=f"{total:,}")


# -- anything else ------------------------------------------------------------------------------------
def unexpected_problem(detail: str) -> Text:
    """An error of no known type: its own words when it has any, never its class name."""
    if detail:
        return tr("Something went wrong"), tr("An unexpected problem stopped this action: {detail}").format(
            detail=detail
        )
    return tr("Something went wrong"), tr(
        "An unexpected problem stopped this action. The log file has the details."
    )


# -- the lead's fields --------------------------------------------------------------------------------
def _field_labels() -> dict[str, str]:
    from leadeditor.vicidial import columns as col  # not at import: the first window paints without it

    return {
        col.TITLE: tr("Title"),
        col.FIRST_NAME: tr("First name"),
        col.MIDDLE_INITIAL: tr("Middle initial"),
        col.LAST_NAME: tr("Last name"),
        col.GENDER: tr("Gender"),
        col.DATE_OF_BIRTH: tr("Date of birth"),
        col.PHONE_NUMBER: tr("Phone number"),
        col.ALT_PHONE: tr("Alternate phone"),
        col.EMAIL: tr("E-mail"),
        col.SECURITY_PHRASE: tr("Security phrase"),
        col.ADDRESS1: tr("Address line 1"),
        col.ADDRESS2: tr("Address line 2"),
        col.ADDRESS3: tr("Address line 3"),
        col.CITY: tr("City"),
        col.STATE: tr("State"),
        col.PROVINCE: tr("Province"),
        col.POSTAL_CODE: tr("Postal code"),
        col.COUNTRY_CODE: tr("Country code"),
        col.STATUS: tr("Status"),
        col.LIST_ID: tr("List ID"),
        col.OWNER: tr("Owner"),
        col.USER: tr("User (last agent)"),
        col.RANK: tr("Rank"),
        col.CALLED_COUNT: tr("Called count"),
        col.PHONE_CODE: tr("Phone code"),
        col.GMT_OFFSET_NOW: tr("GMT offset"),
        col.VENDOR_LEAD_CODE: tr("Vendor lead code"),
        col.SOURCE_ID: tr("Source ID"),
        col.COMMENTS: tr("Comments"),
    }


def field_label(column: str, fallback: str = "") -> str:
    """A standard field's label in the user's language; a custom field keeps its own (``fallback``)."""
    return _field_labels().get(column, fallback or column)


def field_hint(column: str, fallback: str = "") -> str:
    """What to know before editing a field (its limits, what blanking stores)."""
    from leadeditor.vicidial import columns as col

    hints = {
        col.GENDER: tr("Blanking leaves it empty, not U"),
        col.DATE_OF_BIRTH: tr("YYYY-MM-DD; blanking stores 0000-00-00"),
        col.PHONE_NUMBER: tr("Changed only with “Change phone number”"),
        col.LIST_ID: tr("Moves the lead to another list"),
        col.RANK: tr("0 to 32767"),
        col.CALLED_COUNT: tr("0 to 65535"),
        col.GMT_OFFSET_NOW: tr("-99.99 to 99.99; blanking stores 0.00"),
    }
    return hints.get(column, fallback)


def group_title(name: str) -> str:
    """A group of fields in the form ("Name", "Contact", ...), by the group's English name."""
    titles = {
        "Name": tr("Name"),
        "Contact": tr("Contact"),
        "Address": tr("Address"),
        "Dialing": tr("Dialing"),
        "Notes": tr("Notes"),
        "Source": tr("Source"),
    }
    return titles.get(name, name)


# -- the journal, drafts and start-up recovery ------------------------------------------------------------
def journal_refuses(problem: str, path: str) -> str:
    """Why a save is refused before anything is sent: the journal cannot record it (`JournalProblem`)."""
    if problem == "read-only":
        why = tr("the folder of the change journal ({0}) cannot be written").format(path)
    elif problem == "disk-full":
        why = tr("the disk that holds the change journal ({0}) is full").format(path)
    elif problem == "newer-version":
        why = tr("the change journal ({0}) was written by a newer Lead Editor").format(path)
    else:
        why = tr("the change journal ({0}) cannot be opened").format(path)
    return tr(
        "Nothing was sent: every change is recorded in the journal first, and {0}. Searching still works."
    ).format(why)


def journal_unavailable(problem: str, path: str) -> Text:
    return tr("Nothing was sent"), journal_refuses(problem, path)


def moved_aside_text(kind: str, original: str, moved_to: str | None) -> Text:
    """A damaged file of the app was set aside (`damaged_files.MovedAside`): where it is, what was lost."""
    if kind == "journal":
        title = tr("The change journal could not be read")
        lost = tr(
            "A new, empty journal was started: changes made from now on are recorded. The earlier "
            "entries are not shown, and cannot be undone from Lead Editor."
        )
    elif kind == "settings":
        title = tr("The settings could not be read")
        lost = tr(
            "Lead Editor started with its default settings: your server profiles need to be added "
            "again. Saved passwords stay in the system keyring."
        )
    else:
        title = tr("The unsaved drafts could not be read")
        lost = tr(
            "Unsaved changes kept from earlier sessions could not be offered back. Nothing on any "
            "server was changed."
        )
    if moved_to is None:
        where = tr("The damaged file {0} could not be moved and was left where it is.").format(original)
    else:
        where = tr("The damaged file was kept, renamed to {0}.").format(moved_to)
    return title, f"{lost}\n\n{where}"


def unknown_write_line(lead_id: int, when: str, fields: str) -> str:
    return tr(
        "Lead {0}: a save at {1} ({2}) stopped before its answer came; whether it reached the server "
        "is unknown."
    ).format(lead_id, when, fields)


def checked_write_line(lead_id: int, state: str) -> str:
    """`state` is a `ResolutionState` value."""
    if state == "applied":
        return tr("Lead {0}: reading it back shows the change was applied. The journal says so now.").format(
            lead_id
        )
    if state == "not applied":
        return tr(
            "Lead {0}: reading it back shows the change was not applied. Nothing was sent again."
        ).format(lead_id)
    if state == "as requested":
        return tr("Lead {0}: it holds the requested values. The journal says so now.").format(lead_id)
    return tr(
        "Lead {0}: reading it back could not tell (changed by someone else, or not readable). Nothing "
        "was sent again."
    ).format(lead_id)


def draft_line(lead_id: int, when: str, fields: str) -> str:
    return tr("Lead {0}: unsaved changes from {1} ({2}).").format(lead_id, when, fields)


def draft_restored(lead_id: int, changed: str) -> str:
    if changed:
        return tr(
            "Your unsaved changes to lead {0} are back in the form. The lead changed on the server "
            "since then ({1}): check the values before saving."
        ).format(lead_id, changed)
    return tr("Your unsaved changes to lead {0} are back in the form, on its current values.").format(lead_id)


# -- searches: what each key found, the table's header, the status while it fills ------------------------

if TYPE_CHECKING:
    from leadeditor.editing.search import SearchMethod, SearchRequest
    from leadeditor.editing.workflow import SearchOutcome


def _search_where(request: SearchRequest) -> str:
    from leadeditor.editing.search import SearchScope

    if request.scope is SearchScope.LIST:
        return tr(" in list {0}").format(request.list_id.strip())
    if request.scope is SearchScope.CAMPAIGN:
        return tr(" in the campaign of list {0}").format(request.list_id.strip())
    return ""


def search_key(request: SearchRequest, method: SearchMethod) -> str:
    """A key with its value, as the summary names it: "Lead ID 999", "Phone 3125550100"."""
    from leadeditor.editing.search import SearchMethod

    if method is SearchMethod.LEAD_ID:
        return tr("Lead ID {0}").format(request.lead_id.strip())
    if method is SearchMethod.VENDOR_LEAD_CODE:
        return tr("Vendor code {0}").format(request.vendor_lead_code.strip())
    return tr("Phone {0}").format(request.phone_digits)


def _found_by(method: SearchMethod) -> str:
    from leadeditor.editing.search import SearchMethod

    if method is SearchMethod.LEAD_ID:
        return tr("found by its lead ID")
    if method is SearchMethod.VENDOR_LEAD_CODE:
        return tr("found by its vendor code")
    return tr("found by its phone number")


def search_summary(outcome: SearchOutcome, count: int | None = None, *, pick_gone: bool = False) -> str:
    """The results header: the keys that found nothing, how many leads match, the pick and the key that
    found it. `count` is the table's row count when it differs from the search's (a row filling in, a lead
    deleted since); `pick_gone` when the server's pick is no longer in the table (deleted)."""
    from leadeditor.editing.search import SearchMethod

    request = outcome.request
    n = len(outcome.candidates) if count is None else count
    where = _search_where(request)
    parts = []
    for method in outcome.unmatched:
        key = search_key(request, method)
        if method is SearchMethod.LEAD_ID:
            parts.append(tr("{key}: no such lead{where}.").format(key=key, where=where))
        else:
            parts.append(tr("{key}: no lead has it{where}.").format(key=key, where=where))
    if n == 0:
        parts.append(tr("No lead matches {0}.").format(describe_search(request)))
        return " ".join(parts)
    matches = tr("1 lead matches") if n == 1 else tr("%n leads match", None, n)
    pick, by = outcome.pick, outcome.matched_by
    if pick_gone:
        parts.append(
            tr(
                "{matches}. Lead {lead}, which the server would have changed, was deleted: search "
                "again to see which lead it would change now."
            ).format(matches=matches, lead=pick)
        )
    elif pick is None or by is None:
        parts.append(tr("{0}; the server would change none of them.").format(matches))
    elif n > 1 and by is not SearchMethod.LEAD_ID and len(request.active_methods()) == 1:
        parts.append(
            tr("{matches}; the server would change lead {lead}, the most recently loaded.").format(
                matches=matches, lead=pick
            )
        )
    else:
        parts.append(
            tr("{matches}; the server would change lead {lead}, {how}.").format(
                matches=matches, lead=pick, how=_found_by(by)
            )
        )
    unreadable = sum(1 for c in outcome.candidates if not c.readable)
    if unreadable:
        parts.append(tr("Details of {0} could not be read.").format(unreadable))
    return " ".join(parts)


def search_filling(shown: int) -> str:
    """The status while the rest of the candidates arrive (the table can be used meanwhile)."""
    return tr(
        "Reading the other matching leads… {0} shown so far; you can select and edit meanwhile."
    ).format(shown)


def search_done(outcome: SearchOutcome) -> str:
    """The status line once the table is full: what to do next, not the header again."""
    if not outcome.candidates:
        if outcome.request.phone_digits:
            return tr("Nothing found. You can add the phone number as a new lead.")
        return tr("Nothing found.")
    if outcome.pick is not None:
        return tr("Search finished. The lead the server would change is selected.")
    return tr("Search finished. Select a lead to see its values.")


def previous_search(summary: str, *, failed: bool = False) -> str:
    """The old header once a new search was refused (or failed): the table still shows the previous one."""
    if failed:
        return tr("Previous search (the new one failed): {0}").format(summary)
    return tr("Previous search (the new one was not sent): {0}").format(summary)


def matched_key_tip(request: SearchRequest, method: SearchMethod) -> str:
    return tr("{0} found this lead: the server would update it.").format(search_key(request, method))


# -- the Qt-free layers' reasons: a search's problems and steps, the change set's warnings, update_lead's word
if TYPE_CHECKING:
    from leadeditor.editing.candidates import SearchStep
    from leadeditor.editing.search import SearchIssue


def search_problem_text(issue: SearchIssue) -> str:
    """Why a search must not be sent, in plain words."""
    from leadeditor.editing.search import SearchProblem as P

    return {
        P.NO_METHOD: tr("Tick at least one way to match: lead ID, vendor code or phone number."),
        P.LEAD_ID_NOT_DIGITS: tr("A lead ID is made of digits only (0-9)."),
        P.LEAD_ID_RANGE: tr("A lead ID is a positive number of at most 11 digits."),
        P.PHONE_NOT_DIGITS: tr(
            "A phone number may contain only the digits 0-9 (spaces, dashes, dots, "
            "brackets and commas are ignored)."
        ),
        P.PHONE_LENGTH: tr("A phone number needs 6 to 18 digits."),
        P.NO_VALUE: tr("Type a value for at least one of the ticked ways to match."),
        P.LIST_NEEDS_ID: tr(
            "Searching one list needs a list ID; without one the server would "
            "silently search the whole system."
        ),
        P.CAMPAIGN_NEEDS_ID: tr(
            "Searching the campaign of a list needs a list ID; without one the "
            "server would silently search the whole system."
        ),
        P.BAD_LIST_ID: tr(
            "“{list_id}” is not a valid list ID (3 or more digits, no leading "
            "zero, so 100 or above); the server would silently search the "
            "whole system instead."
        ),
    }[issue.problem].format(list_id=issue.list_id)


def search_problems_text(issues: Iterable[object]) -> str:
    """Every problem of a search (`SearchIssue`s) in one paragraph; a text already worded passes through."""
    from leadeditor.editing.search import SearchIssue

    return " ".join(search_problem_text(i) if isinstance(i, SearchIssue) else str(i) for i in issues)


def describe_search(request: SearchRequest) -> str:
    """A short phrase for status lines: "phone 3125550100 in the whole system"."""
    from leadeditor.editing.search import SearchMethod, SearchScope

    keys = []
    for method in request.active_methods():
        if method is SearchMethod.LEAD_ID:
            keys.append(tr("lead {value}").format(value=request.lead_id.strip()))
        elif method is SearchMethod.VENDOR_LEAD_CODE:
            keys.append(tr("vendor code {value}").format(value=request.vendor_lead_code.strip()))
        else:
            keys.append(tr("phone {value}").format(value=request.phone_digits))
    list_id = request.list_id.strip()
    where = {
        SearchScope.SYSTEM: tr("in the whole system"),
        SearchScope.CAMPAIGN: tr("in the campaign of list {list}").format(list=list_id),
        SearchScope.LIST: tr("in list {list}").format(list=list_id),
    }[request.scope]
    keys_text = tr(", then ").join(keys) or tr("nothing")
    return f"{keys_text} {where}"


def search_step_text(step: SearchStep) -> str:
    """What a running search is doing now, for the busy line."""
    from leadeditor.editing.candidates import Step

    if step.step is Step.ASKING:
        return tr("Asking the server which lead it would update…")
    if step.step is Step.LISTING:
        return tr("Looking for every lead that matches…")
    if step.step is Step.READING:
        return tr("Reading lead {lead} ({n} of {total})…").format(lead=step.lead, n=step.n, total=step.total)
    return tr("Reading lead {lead}…").format(lead=step.lead)


def search_line(outcome: SearchOutcome) -> str:
    """A search's outcome in one line, for logs and scripts (the window's header names more)."""
    from leadeditor.editing.search import SearchMethod

    n = len(outcome.candidates)
    if n == 0:
        return tr("No lead matches {search}.").format(search=describe_search(outcome.request))
    matches = tr("1 lead matches") if n == 1 else tr("%n leads match", None, n)
    if outcome.pick is None:
        return tr("{matches}; the server would change none of them.").format(matches=matches)
    how = ""
    if outcome.matched_by is SearchMethod.LEAD_ID:
        how = tr(", found by its lead ID")
    elif outcome.unmatched and outcome.matched_by is SearchMethod.VENDOR_LEAD_CODE:
        how = tr(", found by its vendor code")
    elif outcome.unmatched and outcome.matched_by is SearchMethod.PHONE_NUMBER:
        how = tr(", found by its phone number")
    elif n > 1:
        how = tr(", the most recently loaded")
    unreadable = sum(1 for c in outcome.candidates if not c.readable)
    tail = " " + tr("Details of %n could not be read.", None, unreadable) if unreadable else ""
    line = tr("{matches}; the server would change lead {lead}{how}.")
    return line.format(matches=matches, lead=outcome.pick, how=how) + tail


def change_warning_text(warning: ChangeWarning) -> str:
    from leadeditor.editing.changes import ChangeNote as C

    if warning.reason is C.SIGN_DROPPED:
        return tr("The sign '{sign}' is dropped: the number is stored as {stored}.").format(
            sign=warning.sign, stored=warning.stored
        )
    if warning.reason is C.PHONE_TOO_SHORT:
        return tr(
            "A phone number of only %n digits cannot be dialled; check it before saving.",
            None,
            len(warning.stored),
        )
    if warning.reason is C.PHONE_NOT_SWITCHED:
        return tr("The phone number is written only after “Change phone number”.")
    if warning.reason is C.MOVES_LIST:
        return tr(
            "This moves the lead to list {list}; the server does not check that the list "
            "exists or that you may use it, and custom fields stay with the old list."
        ).format(list=warning.stored)
    if warning.reason is C.ALREADY_HELD:
        return tr("The server already holds this value.")
    return tr("The server stores {stored!r}.").format(stored=warning.stored)


def update_result_text(result: UpdateResult) -> str:
    """What `update_lead` said it did to a lead (`vicidial.models.UpdateResult`), in words."""
    from leadeditor.vicidial.models import CustomSaid, Said

    lead = result.lead_id
    text = {
        Said.UPDATED: tr("Lead {lead} updated."),
        Said.ALREADY_SO: tr("Lead {lead} already held these values; nothing changed."),
        Said.DELETED: tr("Lead {lead} deleted."),
        Said.ALREADY_GONE: tr("Lead {lead} was already gone; nothing was deleted."),
        Said.UPDATE_FAILED: tr(
            "The server could not apply the change to lead {lead} (its database UPDATE failed); nothing was "
            "changed."
        ),
        Said.CUSTOM_ONLY: tr("Lead {lead}:"),
        Said.NOTHING_REPORTED: tr("The server reported nothing applied to lead {lead}."),
        Said.NOTHING_TO_APPLY: tr(
            "The server found lead {lead} but had nothing to apply: every value sent was empty after the "
            "server's filters, so nothing was changed."
        ),
        Said.ADDED: tr("Lead {lead} added to list {list}."),
        Said.NOT_ADDED: tr("The server did not add the lead (its INSERT failed)."),
    }[result.said].format(lead=lead, list=result.list_id)
    custom = {
        CustomSaid.UPDATED: tr("Custom fields updated."),
        CustomSaid.ALREADY_SO: tr("Custom fields already held these values."),
        CustomSaid.NOT_DEFINED: tr(
            "No custom fields are defined for this lead's list, so the custom values were not saved."
        ),
        None: "",
    }[result.custom]
    return f"{text} {custom}".strip()


# -- a lead deleted between the search and the save (wp/words) --------------------------------------------
def gone_before_write(lead_id: int) -> str:
    """The read just before a write found no such lead (lead_all_info's LEAD NOT FOUND)."""
    return tr(
        "Lead {0} no longer exists on the server: it was deleted after it was loaded, so there is nothing "
        "to check it against."
    ).format(lead_id)


def gone_after_write(lead_id: int) -> str:
    """The write found no lead to change, and the read before it had found none either."""
    return tr(
        "Lead {0} was not changed: it no longer exists on the server (it was deleted after it was loaded)."
    ).format(lead_id)


# -- profiles ---------------------------------------------------------------------------------------------
def profile_problem_text(problem: ProfileProblem) -> str:
    """Why a profile cannot be used, in plain words (`Profile.problems`)."""
    from leadeditor.profiles import CONNECT_TIMEOUT_MAX, READ_TIMEOUT_MAX, SOURCE_MAX, SOURCE_MIN
    from leadeditor.profiles import ProfileProblem as P

    if problem is P.NO_NAME:
        return tr("Give the profile a name.")
    if problem is P.BAD_ADDRESS:
        return tr("The server address must start with https:// (or http://) and name a host.")
    if problem is P.BAD_PORT:
        return tr("The port in the server address is not a number between 1 and 65535.")
    if problem is P.NO_USER:
        return tr("The API user is required.")
    if problem is P.USER_FILTERED:
        return tr(
            "The API user may contain only letters, digits, '-' and '_': the server removes anything else, "
            "so this user could never sign in."
        )
    if problem is P.NO_SOURCE:
        return tr("The source is required ({low} to {high} letters or digits).").format(
            low=SOURCE_MIN, high=SOURCE_MAX
        )
    if problem is P.SOURCE_FILTERED:
        return tr("The source may contain only letters A–Z and digits: the server removes anything else.")
    if problem is P.SOURCE_TOO_SHORT:
        return tr(
            "The source needs at least %n letters or digits; the server refuses shorter ones.",
            None,
            SOURCE_MIN,
        )
    if problem is P.SOURCE_TOO_LONG:
        return tr("The source may be at most %n characters long.", None, SOURCE_MAX)
    if problem is P.BAD_TIMEOUTS:
        return tr(
            "Timeouts must be more than 0 seconds (connect at most {connect:g}, read at most {read:g})."
        ).format(connect=CONNECT_TIMEOUT_MAX, read=READ_TIMEOUT_MAX)
    if problem is P.UNKNOWN_SCOPE:
        return tr("Unknown default scope.")
    if problem is P.SCOPE_NEEDS_LIST:
        return tr("A campaign or list scope needs a default list ID (3 or more digits, 100 or more).")
    return tr("The default list ID may contain digits 0-9 only, 3 or more of them, without a leading zero.")


def store_name_text() -> str:
    """Where remembered passwords go on this system, worded for the user (`secrets.expected_store_name`
    holds the names; the Linux one is a phrase and so is translated here)."""
    from leadeditor.secrets import expected_store_name

    name = expected_store_name()
    return tr("the desktop keyring (GNOME Keyring or KWallet)") if name.startswith("the desktop") else name
