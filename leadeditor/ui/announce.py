"""Status changes said aloud: a screen reader hears "3 leads found", "Saved", "conflict" without having to
look for the status line.

Qt 6.8 and later send a real announcement (`QAccessibleAnnouncementEvent`, polite or assertive); older Qt
gets a name change on the widget, which screen readers also read. Every announcement is also emitted as
`announcer().announced`, so tests (and a future log of what was said) can observe it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

POLITE, ASSERTIVE = "polite", "assertive"


class Announcer(QObject):
    announced = Signal(str, str)  # text, POLITE or ASSERTIVE


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        # owned by the application, so it goes with it rather than at interpreter exit
        _announcer = Announcer(QCoreApplication.instance())
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell assistive technology about ``text``, spoken from ``widget`` (a polite announcement waits for the
    screen reader to finish; an assertive one, for problems, interrupts it)."""
    if not text:
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8
        widget.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    else:
        event = QAccessibleAnnouncementEvent(widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
    announcer().announced.emit(text, ASSERTIVE if assertive else POLITE)
