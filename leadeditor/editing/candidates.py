"""Finding the candidates of a search: the server's pick first, then every other match, streamed as read.

The order of requests is the point of this module (issue 13):
1. the check-first search (`find`, `update_lead no_update=Y`, one request per key tried);
2. the candidates of a phone key in ONE `lead_all_info` by phone (newest first, at most 1,000), filtered to
   the search's scope. When that read is slow (a thousand rows), the pick is read by lead ID meanwhile, so it
   shows at once; a quick answer makes that read unnecessary (one request saved on every ordinary correction);
3. otherwise (vendor codes, a lead the phone read cannot return, no permission or an old server, more than
   1,000 matches) `lead_search` lists the IDs and the leads not yet read are read in parallel, each through
   the shared per-server limiter.
A key the check-first search found nothing for is not searched again: the server's own search, in the same
scope, already answered that no lead matches it.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.read_problems import read_problem_reason
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.vicidial import errors

if TYPE_CHECKING:
    from leadeditor.editing.lead_client import LeadClient
    from leadeditor.editing.write_job import CancelToken
    from leadeditor.vicidial.models import LeadRecord

__all__ = ["BY_PHONE_LIMIT", "HEDGE_SECONDS", "CandidateFinder", "KeyResult", "Rows", "SearchStep", "Step"]

BY_PHONE_LIMIT = 1000  # lead_all_info by phone returns at most this many leads (PROTOCOL §3.1)
SEARCH_RECORDS = 100_000  # lead_search's own limit raised, so every match is listed
HEDGE_SECONDS = 0.15  # a phone read slower than this: read the pick by lead ID meanwhile
READERS = 2  # worker threads for single reads; the server's limiter bounds what is really in flight

Rows = Callable[[list[Candidate]], None]
Reader = Callable[[int], Lead]


class Step(Enum):
    """What a search is doing now; `ui.texts.search_step_text` words it for the busy line."""

    ASKING = "asking"  # the check-first search: which lead would the server update
    LISTING = "listing"  # looking for every lead that matches
    READING = "reading"  # data: lead, n, total (one of several single reads)
    READING_ONE = "reading_one"  # data: lead (the pick's own read)


@dataclass(frozen=True)
class SearchStep:
    step: Step
    lead: int | None = None
    n: int = 0
    total: int = 0


Progress = Callable[[SearchStep], None]


@dataclass(frozen=True)
class KeyResult:
    """What the server's check-first search said about one key: ``found`` True (this key found the pick),
    False (nothing matches it in the scope), None (not tried: an earlier key already matched)."""

    method: SearchMethod
    found: bool | None


class CandidateFinder:
    """One search's candidates, in the order above; `emit` receives each batch of new rows as it is read."""

    def __init__(
        self,
        client: LeadClient,
        read: Reader,
        request: SearchRequest,
        token: CancelToken,
        emit: Rows,
        say: Progress,
        *,
        by_phone: bool = True,
    ) -> None:
        self.client, self._read, self.request = client, read, request
        self.token, self._emit, self._say, self.by_phone = token, emit, say, by_phone
        self.pick: int | None = None
        self.pick_list: int | None = None
        self.keys: tuple[KeyResult, ...] = ()
        self._rows: dict[int, Candidate] = {}
        self._order: list[int] = []

    # -- the steps -------------------------------------------------------------------------------------
    def run(self) -> tuple[Candidate, ...]:
        self._check_first()
        active = self.request.active_methods()
        if self.pick is not None and SearchMethod.PHONE_NUMBER not in active:
            self._read_pick()  # nothing to read by phone: the pick's own read comes first
        for method in (SearchMethod.VENDOR_LEAD_CODE, SearchMethod.PHONE_NUMBER):
            if method in active and self._may_match(method):
                self.token.check()
                self._say(SearchStep(Step.LISTING))
                if method is SearchMethod.PHONE_NUMBER and self.by_phone:
                    self._by_phone()
                else:
                    self._by_search(method)
        if self.pick is not None and self.pick not in self._rows:
            self._read_pick()  # e.g. found by its lead ID, or outside what the phone read may return
        return self.candidates()

    def candidates(self) -> tuple[Candidate, ...]:
        """The pick first, then the others in the server's order (newest first)."""
        ids = sorted(self._order, key=lambda i: i != self.pick)
        return tuple(self._rows[i] for i in ids)

    def _check_first(self) -> None:
        self._say(SearchStep(Step.ASKING))
        self.token.check()
        found = self.client.find(self.request.to_match())
        active = self.request.active_methods()
        if found is None:
            self.keys = tuple(KeyResult(m, False) for m in active)
            return
        self.pick, self.pick_list = int(found.lead_id), found.list_id
        hit = active.index(found.method) if found.method in active else len(active) - 1
        # the server tries the keys in order and stops at the first that finds a lead
        self.keys = tuple(
            KeyResult(m, False if i < hit else True if i == hit else None) for i, m in enumerate(active)
        )

    def _may_match(self, method: SearchMethod) -> bool:
        # False: the server's own search in this scope matched nothing by this key, so nothing can be listed
        return next((k.found for k in self.keys if k.method is method), None) is not False

    # -- phone: one lead_all_info ----------------------------------------------------------------------
    def _by_phone(self) -> None:
        digits = self.request.phone_digits
        records: list[LeadRecord] | None
        with cf.ThreadPoolExecutor(1, thread_name_prefix="phone-read") as pool:
            answer = pool.submit(self.client.read_leads_by_phone, digits)
            if self.pick is not None and self.pick not in self._rows:
                try:
                    records = answer.result(timeout=HEDGE_SECONDS)
                except cf.TimeoutError:
                    self._read_pick()  # slow: show the pick while the thousand rows come
                    records = self._phone_records(answer)
                except errors.VicidialError as exc:
                    records = self._refused(exc)
            else:
                records = self._phone_records(answer)
        if records is None:
            self._by_search(SearchMethod.PHONE_NUMBER)
            return
        self.token.check()
        in_scope = self._in_scope(records)
        self._add([self._from_record(r) for r in in_scope])
        if len(records) >= BY_PHONE_LIMIT:
            self._by_search(SearchMethod.PHONE_NUMBER)  # the server stopped at 1,000: list the rest

    def _phone_records(self, answer: cf.Future[list[LeadRecord]]) -> list[LeadRecord] | None:
        try:
            return answer.result()
        except errors.VicidialError as exc:
            return self._refused(exc)

    def _refused(self, exc: errors.VicidialError) -> list[LeadRecord] | None:
        """None: list the leads with lead_search and read them one by one instead."""
        if isinstance(exc, errors.AuthenticationFailed | errors.TlsError):
            raise exc  # every other request would fail alike
        # PHP 8 and one apostrophe fail the whole answer; no view_reports permission; an old server without
        # the read by phone (LEAD NOT FOUND); every lead outside the user's campaigns (LIST NOT FOUND)
        self.by_phone = not isinstance(exc, errors.PermissionDenied)
        return None

    def _in_scope(self, records: list[LeadRecord]) -> list[LeadRecord]:
        """The records the search's scope keeps (lead_all_info by phone ignores the scope)."""
        scope = self.request.scope
        if scope is SearchScope.SYSTEM:
            return records
        if scope is SearchScope.LIST:
            wanted = int(self.request.list_id)
            return [r for r in records if r.list_id == wanted]
        # which lists share a campaign only the server knows: its lead_search, scoped, says which leads
        ids = set(self._search_ids(SearchMethod.PHONE_NUMBER))
        return [r for r in records if r.lead_id in ids]

    # -- lead_search and bounded parallel reads --------------------------------------------------------
    def _search_ids(self, method: SearchMethod) -> list[int]:
        try:
            return [
                int(i)
                for i in self.client.search(self.request.only(method).to_match(), records=SEARCH_RECORDS)
            ]
        except errors.LeadNotFound:
            return []

    def _by_search(self, method: SearchMethod) -> None:
        self.token.check()
        ids = [i for i in self._search_ids(method) if i not in self._rows]
        if self.pick in ids:
            self._read_pick()
            ids.remove(self.pick)
        self._read_all(ids)

    def _read_all(self, ids: list[int]) -> None:
        if not ids:
            return
        self._order += [i for i in ids if i not in self._order]  # the server's order, whatever comes first
        with cf.ThreadPoolExecutor(READERS, thread_name_prefix="lead-read") as pool:
            pending = {pool.submit(self._single, i): i for i in ids}
            try:
                for n, done in enumerate(cf.as_completed(pending), 1):
                    self.token.check()
                    self._say(SearchStep(Step.READING, pending[done], n, len(ids)))
                    self._add([done.result()])
            except BaseException:
                for future in pending:
                    future.cancel()
                raise

    def _read_pick(self) -> None:
        assert self.pick is not None
        self.token.check()
        self._say(SearchStep(Step.READING_ONE, self.pick))
        self._add([self._single(self.pick)])

    def _single(self, lead_id: int) -> Candidate:
        pick = lead_id == self.pick
        try:
            lead = self._read(lead_id)
        except errors.VicidialError as exc:
            # a refused login or certificate stops the whole search: every other read would fail alike
            if isinstance(exc, errors.AuthenticationFailed | errors.TlsError):
                raise
            return Candidate(lead_id, None, pick, read_problem_reason(exc), self.pick_list if pick else None)
        return Candidate(lead_id, lead, pick, lead.note, lead.list_id)

    def _from_record(self, record: LeadRecord) -> Candidate:
        lead = Lead.from_record(record)
        return Candidate(lead.lead_id, lead, lead.lead_id == self.pick, lead.note, lead.list_id)

    def _add(self, batch: Iterable[Candidate]) -> None:
        new = [c for c in batch if c.lead_id not in self._rows]
        for c in new:
            self._rows[c.lead_id] = c
            if c.lead_id not in self._order:
                self._order.append(c.lead_id)
        if new:
            self._emit(new)
