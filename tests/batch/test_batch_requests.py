"""What a batch costs in requests, counted in the sandbox's own request log (issue 14: dry run <= 2 a row,
apply <= 4 a changed row), with a mapped custom field, whose table is asked for at once once it is known."""

from __future__ import annotations

from batch_kit import engine_for, plans_of, write_csv

from leadeditor.editing.batch.key import KeyKind
from leadeditor.editing.batch.results import Outcome

CUSTOM = ["favorite_color=custom:favorite_color"]


def _functions(sandbox, mark: int) -> list[str]:
    return [e.function for e in sandbox.request_log.since(mark)]


def test_custom_fields_by_vendor_code_cost_two_requests_a_row_to_dry_run(
    tmp_path, sandbox, client, journal
) -> None:
    # leads 1, 4 and 5 record custom table 101 (4 and 5 have no row in it), lead 8 records none
    text = "vendor_lead_code,favorite_color\nVLC1001,teal\nVLC1004,red\nVLC2001,red\nVLC1005,blue\n"
    plans = plans_of(write_csv(tmp_path, text), KeyKind.VENDOR_LEAD_CODE, assignments=CUSTOM)
    engine = engine_for(client, journal, custom_fields=True, workers=1)
    mark = len(sandbox.request_log)
    dry = list(engine.dry_run(plans))
    assert [r.lead_id for r in dry] == [1, 4, 8, 5]
    before = {r.lead_id: [(c.field, c.before) for c in r.changes] for r in dry}
    assert before[1] == [("custom:favorite_color", "blue")]
    assert before[4] == before[8] == [("custom:favorite_color", "")]
    sent = _functions(sandbox, mark)
    assert sent.count("lead_search") == 4
    # the first lead of table 101 is read twice (its table unknown before); every later one once
    assert sent.count("lead_all_info") == 5 and len(sent) == 9
    forced = [e for e in sandbox.request_log.since(mark) if e.params.get("force_entry_list_id")]
    assert [e.params["force_entry_list_id"] for e in forced] == ["101", "101", "101"]


def test_custom_fields_cost_three_requests_a_changed_row_to_apply(tmp_path, sandbox, client, journal) -> None:
    text = "lead_id,favorite_color,city\n1,teal,Skokie\n6,red,\n4,,Oak Park\n"
    plans = plans_of(write_csv(tmp_path, text), assignments=CUSTOM)
    engine = engine_for(client, journal, custom_fields=True)
    dry = list(engine.dry_run(plans))
    assert [r.outcome for r in dry] == [Outcome.WOULD_UPDATE] * 3
    batch = engine.start(dry)
    mark = len(sandbox.request_log)
    done = list(engine.run(batch))
    assert [r.outcome for r in done] == [Outcome.UPDATED] * 3, done
    sent = sandbox.request_log.since(mark)
    # the conflict re-read, the one write, the verified read-back: nothing else
    assert [e.function for e in sent].count("update_lead") == 3 and len(sent) == 9
    assert all(e.params.get("force_entry_list_id") == "101" for e in sent if e.function == "lead_all_info")
    assert sandbox.custom_value(1, "favorite_color") == "teal"
    assert sandbox.custom_value(6, "favorite_color") == "red"
    assert sandbox.lead(4)["city"] == "Oak Park"
    assert {c.field: c.after for c in done[0].changes} == {"custom:favorite_color": "teal", "city": "Skokie"}


def test_a_guessed_custom_table_is_checked_against_the_lead(tmp_path, sandbox, client, journal) -> None:
    """Lead 6 keeps a row in custom table 101 but records no table any more: the values read from the guessed
    table are not its own."""
    sandbox.set_lead_field(6, "entry_list_id", "0")
    plans = plans_of(write_csv(tmp_path, "lead_id,favorite_color\n1,teal\n6,red\n"), assignments=CUSTOM)
    engine = engine_for(client, journal, custom_fields=True, workers=1)
    mark = len(sandbox.request_log)
    dry = list(engine.dry_run(plans))
    assert [(c.field, c.before) for c in dry[0].changes] == [("custom:favorite_color", "blue")]
    assert [(c.field, c.before) for c in dry[1].changes] == [("custom:favorite_color", "")]
    forced = [e for e in sandbox.request_log.since(mark) if e.params.get("force_entry_list_id")]
    assert [e.params["lead_id"] for e in forced] == ["6"]
