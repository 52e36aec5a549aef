"""`VicidialClient.update` sends exactly the wire form `predict_stored` assumes, and refuses exactly what
`refusal` names: checked on the request parameters for any value, without a server."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadeditor.vicidial import BLANK, Blank
from leadeditor.vicidial.client import _change_params
from leadeditor.vicidial.fields import FIELDS, FieldSpec, refusal, to_wire

_VALUES = st.one_of(
    st.just(BLANK),
    st.text(alphabet=st.sampled_from("09-+.,:/ _'\"#;&%\\\n\r\taZéß中😀\u0301\udce9!N"), max_size=25),
    st.sampled_from(["--BLANK--", "-5", "32768", "1980-02-29", "+5:30", "Female", "(312) 555-0100"]),
)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(FIELDS), _VALUES)
def test_update_refuses_what_is_predicted_as_refused_and_sends_the_wire_form(
    spec: FieldSpec, value: str | Blank
) -> None:
    phone = spec.column == "phone_number"
    refused = refusal(spec, value)
    if refused is not None:
        with pytest.raises(ValueError):
            _change_params({spec.column: value}, phone, False)
        return
    params = dict(_change_params({spec.column: value}, phone, False))
    assert params[spec.param] == to_wire(spec, value)
