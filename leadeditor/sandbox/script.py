"""One run of ``non_agent_api.php``: input filters, output buffer, login, dispatch, API logging, PHP fatals.

How the PHP 8 failures arise (PROTOCOL.md §0, §1.3, §1.11), and how this module reproduces them:

* The script echoes into PHP's output buffer (4096 bytes). A fatal error (an uncaught ``mysqli_sql_exception``
  on PHP >= 8.1, or a ``TypeError`` from ``mysqli_num_rows(false)`` on PHP 8.0) ends the script; PHP then
  turns the status into 500 when nothing has been flushed yet and the status was 200, and sends what was
  buffered. So ``lead_field_info`` prints the value and answers 500, ``lead_all_info`` (which buffers its rows
  and prints them after logging) answers 500 with an empty body, and a 418 stays a 418.
* ``api_log()`` builds ``INSERT INTO vicidial_api_log set
  ...,value='$value',...,result_reason='$result_reason', ...,data="$data"`` without escaping (``"`` in data
  becomes ``'``), then ``INSERT INTO vicidial_api_urls set ...,url='<script URL>?$query_string'``. An
  apostrophe (or a trailing backslash) in any single-quoted part breaks the statement. Those parts are:
    - ``result_reason``: the lead's data for ``lead_all_info`` (every field, custom ones included) and the
      value for ``lead_field_info``; every other message is fixed text.
    - ``value``: left over from ``foreach($_POST as $key=>$value)``, i.e. the raw value of the LAST POST
      field. So ANY function that logs (version, every error line, update_lead, lead_search, ...) fails when a
      POST body ends with a field whose value holds an apostrophe, e.g. ``...&last_name=O'Neil`` as last
      field.
    - ``url``: GET query strings are logged raw (still percent-encoded), so only a literal ``'`` or a trailing
      ``\\`` typed into the URL breaks it; POST fields are logged with ``' " \\ ;`` removed and cannot. With
      ``php8_errors`` on, a broken statement is fatal where it runs; with it off, mysqli returns false, the
      row is simply not logged, and the script carries on (PHP 8.0 behaviour).
* Other SQL errors: a SELECT that fails is fatal in both modes (exception, or ``mysqli_num_rows(false)``);
  an UPDATE/INSERT/DELETE that fails is fatal with php8_errors on, and gives ``affected_rows = -1`` with it
  off.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from leadeditor.sandbox.input_filters import apply_input_filter
from leadeditor.sandbox.phpinput import PhpArray, PhpInput
from leadeditor.sandbox.sqltext import SqlError, parse_assignments
from leadeditor.sandbox.world import User, World

__all__ = [
    "ApiFunction",
    "Exit",
    "Fatal",
    "Response",
    "Script",
    "ServerInfo",
    "is_write",
    "server_now_text",
    "server_time",
    "strlen",
]

VERSION = "2.14-202"
BUILD = "250720-1841"
LOCAL_GMT = "-5.00"
OUTPUT_BUFFER = 4096
LOCK_SECONDS = 900
LOCK_ATTEMPTS = 10

# Every parameter the script reads (L241-L761) that the sandbox acts on.
PARAMS = (
    "user",
    "pass",
    "function",
    "source",
    "format",
    "custom_fields",
    "list_exists_check",
    "archived_lead",
    "header",
    "stage",
    "search_method",
    "tz_method",
    "lead_id",
    "list_id_field",
    "entry_list_id",
    "force_entry_list_id",
    "phone_code",
    "records",
    "rank",
    "called_count",
    "DB",
    "list_id",
    "phone_number",
    "lead_ids",
    "vendor_lead_code",
    "source_id",
    "comments",
    "title",
    "first_name",
    "last_name",
    "middle_initial",
    "address1",
    "address2",
    "address3",
    "city",
    "security_phrase",
    "owner",
    "state",
    "province",
    "postal_code",
    "country_code",
    "alt_phone",
    "email",
    "status",
    "user_field",
    "campaign_id",
    "callback_status",
    "callback_user",
    "gender",
    "no_update",
    "delete_lead",
    "delete_cf_data",
    "reset_lead",
    "update_phone_number",
    "insert_if_not_found",
    "add_to_hopper",
    "hopper_local_call_time_check",
    "callback",
    "callback_type",
    "search_location",
    "remove_from_hopper",
    "date_of_birth",
    "gmt_offset_now",
    "hopper_priority",
    "callback_datetime",
    "callback_comments",
    "multi_alt_phones",
    "field_name",
)


# An emulated API function: it reads ``s.p``, echoes its lines and ends with ``s.exit()``. The functions are
# registered with the dispatcher (``Script(functions=...)``, see ``functions.py``); never imported here.
ApiFunction = Callable[["Script"], None]


class Exit(Exception):
    """PHP ``exit``."""


class Fatal(Exception):
    """A PHP fatal error (uncaught exception, TypeError): the script stops where it is."""


@dataclass
class Response:
    status: int
    reason: str
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ServerInfo:
    non_latin: bool
    php8_errors: bool
    remote_ip: str = "127.0.0.1"
    server_name: str = "127.0.0.1"
    server_port: int = 80
    https: bool = False


_EASTERN_STD = timezone(timedelta(hours=-5))


def _us_dst(utc: datetime) -> bool:
    """US Eastern daylight time: 2nd Sunday of March 07:00 UTC to 1st Sunday of November 06:00 UTC."""
    year = utc.year
    march = datetime(year, 3, 8, 7, tzinfo=UTC)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = datetime(year, 11, 1, 6, tzinfo=UTC)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= utc < end


def server_time(epoch: float) -> tuple[datetime, bool]:
    """The server's local wall time (US Eastern, like the observed server) and whether DST is on."""
    utc = datetime.fromtimestamp(int(epoch), tz=UTC)
    dst = _us_dst(utc)
    return (utc + timedelta(hours=-4 if dst else -5)).replace(tzinfo=None), dst


def server_now_text(epoch: float) -> str:
    """``NOW()`` on the server: its local wall time as MySQL prints a DATETIME."""
    return server_time(epoch)[0].strftime("%Y-%m-%d %H:%M:%S")


def _ci(text: str) -> str:
    return text.rstrip(" ").casefold()


class Script:
    """The state of one request as the PHP script holds it."""

    def __init__(
        self,
        inp: PhpInput,
        world: World,
        info: ServerInfo,
        now: float,
        functions: Mapping[str, ApiFunction] | None = None,
    ) -> None:
        self.inp = inp
        self.functions: Mapping[str, ApiFunction] = functions or {}
        self.world = world
        self.info = info
        self.now = now
        local, self.dst = server_time(now)
        self.now_text = local.strftime("%Y-%m-%d %H:%M:%S")
        self.local = local
        self.out: list[bytes] = []
        self.status = 200
        self.reason = "OK"
        self.p: dict[str, str] = {}
        self.value = ""
        self.query_string = ""
        self.user_row: User | None = None

    # ----------------------------------------------------------------- output and failures
    def echo(self, text: str) -> None:
        self.out.append(text.encode("utf-8", "surrogateescape"))

    def exit(self) -> None:
        raise Exit()

    def fatal(self) -> None:
        raise Fatal()

    def select_failed(self) -> None:
        """A SELECT that MySQL rejects: fatal on PHP 8 whatever the mysqli report mode."""
        raise Fatal()

    def dml_failed(self) -> int:
        """An UPDATE/INSERT/DELETE that MySQL rejects: fatal (PHP >= 8.1) or affected_rows -1 (PHP 8.0)."""
        if self.info.php8_errors:
            raise Fatal()
        return -1

    # ----------------------------------------------------------------- logging
    def api_log(self, result: str, result_reason: str, data: str) -> None:
        """api_log(): two INSERTs built by string pasting; a broken one fails like any SQL (module doc)."""
        data = data.replace('"', "'")
        p = self.p
        fields = {
            "user": p["user"],
            "function": p["function"],
            "value": self.value,
            "result": result,
            "result_reason": result_reason,
            "source": p["source"],
            "data": data,
            "api_date": self.now_text,
        }
        if _plain(*fields.values()):  # nothing that can end or escape a literal: the row is the text itself
            self.world.append_api_log(list(fields.values()))
        elif not self._api_log_parsed(fields):
            return  # the URL row is only written after a logged row (ALaffected_rows > 0)
        scheme = "https://" if self.info.https else "http://"
        port = "" if self.info.server_port in (80, 443) else f":{self.info.server_port}"
        url = f"{scheme}{self.info.server_name}{port}/vicidial/non_agent_api.php?{self.query_string}"
        if not _plain(url) and _assignments(f"url='{url}'", ["url"]) is None:
            self.dml_failed()

    def _api_log_parsed(self, fields: dict[str, str]) -> bool:
        """The vicidial_api_log INSERT as MySQL reads the pasted statement, or the failure it meets."""
        user, function, value, result, result_reason, source, data, now = fields.values()
        values = (
            f"user='{user}',agent_user='',function='{function}',value='{value}',"
            f"result=\"{result}\",result_reason='{result_reason}',source='{source}',"
            f"data=\"{data}\",api_date='{now}',api_script='non-agent',run_time='0',"
            f"webserver='1',api_url='1'"
        )
        expected = [
            "user",
            "agent_user",
            "function",
            "value",
            "result",
            "result_reason",
            "source",
            "data",
            "api_date",
            "api_script",
            "run_time",
            "webserver",
            "api_url",
        ]
        pairs = _assignments(values, expected)
        if pairs is None:
            self.dml_failed()
            return False
        row = dict(pairs)
        self.world.append_api_log([row[k] for k in fields])
        return True

    # ----------------------------------------------------------------- the run
    def run(self) -> Response:
        try:
            self._main()
        except Exit:
            pass
        except Fatal:
            if self.status == 200 and sum(len(b) for b in self.out) < OUTPUT_BUFFER:
                self.status, self.reason = 500, "Internal Server Error"
        return Response(self.status, self.reason, b"".join(self.out))

    def _read_params(self) -> None:
        for name in PARAMS:
            raw = self.inp.param(name)
            if raw is None:
                self.p[name] = ""
                continue
            if isinstance(raw, PhpArray):
                raise Fatal()  # strlen()/preg on an array: TypeError in PHP 8
            kept = apply_input_filter(name, raw, non_latin=self.info.non_latin)
            self.p[name] = "" if kept is None else kept
        # $query_string and the leftover $value of foreach($_POST ...) (L1250-L1270)
        post_uri = "&".join(f"{k}={self.inp.post[k]}" for k in self.inp.post_order)
        for ch in "'\"\\;":
            post_uri = post_uri.replace(ch, "")
        query = self.inp.query_raw.decode("utf-8", "surrogateescape")
        if len(query) < 1 and len(post_uri) > 2:
            query = post_uri
        if len(query) > 0 and len(post_uri) > 2:
            query += "&GET-AND-POST=Y&" + post_uri
        self.query_string = query
        if self.inp.post_order:
            self.value = str(self.inp.post[self.inp.post_order[-1]])

    def _main(self) -> None:
        self._read_params()
        function = self.p["function"]
        if function == "version":
            self._version()
        if function in ("coffee", "start_coffee", "make_coffee", "brew_coffee"):
            self.status, self.reason = 418, "I'm a teapot"
            data = f"Coffee: {function}|Error 418 I'm a teapot"
            self.echo(data)
            self.api_log("ERROR", "", data)
            self.exit()
        self._login()
        handler = self.functions.get(function)
        if handler is not None:
            handler(self)  # every function ends with exit()
        self.echo("ERROR: NO FUNCTION SPECIFIED\n")
        if self.p["format"] == "debug":
            self.echo("\n<!-- script runtime: 0 seconds -->")
            self.echo("\n</body>\n</html>\n")
        self.exit()

    def _version(self) -> None:
        tz_now = str(int(float(LOCAL_GMT)) + 1) if self.dst else LOCAL_GMT
        data = (
            f"VERSION: {VERSION}|BUILD: {BUILD}|DATE: {self.now_text}|EPOCH: {int(self.now)}|"
            f"DST: {1 if self.dst else 0}|TZ: {LOCAL_GMT}|TZNOW: {tz_now}|"
        )
        self.echo(data + "\n")
        self.api_log("SUCCESS", "version", data)
        self.exit()

    # ----------------------------------------------------------------- authentication (F:66-F:316)
    def _login(self) -> None:
        user, password = self.p["user"], self.p["pass"]
        now = int(self.now)
        lock_over = now - LOCK_SECONDS
        row = self.world.get_user(user) if user else None
        good = (
            row is not None
            and _ci(row.password) == _ci(password)
            and password != ""
            and row.user_level > 6
            and row.active
            and (row.failed_login_count < LOCK_ATTEMPTS or int(row.last_login_epoch) < lock_over)
        )
        if good and row is not None:
            self.world.set_login_state(row.user, 0, float(now))
            self.user_row = self.world.get_user(user)
            return
        key = "BAD"
        if row is not None:
            if row.failed_login_count < LOCK_ATTEMPTS:
                self.world.set_login_state(row.user, row.failed_login_count + 1, None)
            elif lock_over > int(row.last_login_epoch):
                self.world.set_login_state(row.user, 1, float(now))
            else:
                key = "LOCK"
        if key == "LOCK":
            self.echo(f"ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|\n")
        else:
            self.echo(f"ERROR: Login incorrect, please try again: |{user}|{password}|BAD|\n")
        self.exit()

    # ----------------------------------------------------------------- shared checks of the lead functions
    def check_source(self) -> None:
        source = self.p["source"]
        if strlen(source) < 2:  # PHP counts bytes: one letter like "é" (non_latin=1) is long enough
            self.echo(f"ERROR: Invalid Source - {source}\n")
            self.api_log("ERROR", "Invalid Source", "")
            self.echo(f"ERROR: Invalid Source: |{source}|\n")
            self.exit()

    def check_allowed_function(self) -> None:
        row = self.user_row
        allowed = row.api_allowed_functions if row is not None else ""
        function = self.p["function"]
        if f" {function} " not in allowed and "ALL_FUNCTIONS" not in allowed:
            self.echo(
                f"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{self.p['user']}|"
                f"{function}|\n"
            )
            self.api_log("ERROR", "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", "")
            self.exit()

    def permitted(self, modify: str, min_level: int, *, view_reports: bool = False) -> bool:
        row = self.user_row
        return bool(
            row is not None
            and row.active
            and row.vdc_agent_api_access == "1"
            and row.modify_leads in modify
            and row.user_level >= min_level
            and (not view_reports or row.view_reports == "1")
        )

    def campaign_allowed(self, list_id: str, *, all_token: str) -> bool:
        """The lead's list exists and belongs to the user group's allowed campaigns."""
        campaign = self.world.list_campaign(list_id)
        if campaign is None:
            return False
        row = self.user_row
        allowed = self.world.allowed_campaigns(row.user_group) if row is not None else None
        if allowed is None:
            return False
        if all_token in allowed.upper():
            return True
        names = [c for c in allowed.replace(" -", " ").split() if c and c != "-"]
        return any(_ci(c) == _ci(campaign) for c in names)

    def local_time_text(self, days: int = 0) -> str:
        return (self.local + timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")


def _plain(*texts: str) -> bool:
    """No quote and no backslash: pasted between quotes, each text is a literal of itself."""
    return not any(mark in text for text in texts for mark in ("'", '"', "\\"))


def _assignments(values: str, expected: list[str]) -> list[tuple[str, str | None]] | None:
    """The parsed ``col=value`` pairs, or None when MySQL would reject the statement."""
    try:
        pairs = parse_assignments(values, tail=";")
    except SqlError:
        return None
    return pairs if [name for name, _ in pairs] == expected else None


def is_write(inp: PhpInput, *, non_latin: bool) -> bool:
    """An ``update_lead`` that may change data: anything but the check-first ``no_update=Y`` search."""
    if str(inp.param("function") or "") != "update_lead":
        return False
    raw = inp.param("no_update")
    if raw is None or isinstance(raw, PhpArray):
        return True
    return apply_input_filter("no_update", raw, non_latin=non_latin) != "Y"


def strlen(text: str) -> int:
    """PHP ``strlen``: the length in bytes of the value as PHP holds it (UTF-8, stray bytes kept)."""
    return len(text.encode("utf-8", "surrogateescape"))


def now_epoch() -> float:
    return time.time()
