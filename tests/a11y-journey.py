#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A secretariat's day through the accessibility tree, in Swedish.

Drives the running program as a screen reader user would: every control is
found by its role and Swedish accessible name, pressed through
Atspi.Action and typed into through Atspi.EditableText. Prints TAP.
"""

import os
import sys
import time
import warnings

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

warnings.simplefilter('ignore', DeprecationWarning)

# X keysyms of the keys pressed.
KEYSYMS = {'Return': 0xff0d, 'Escape': 0xff1b, 'space': 0x20}

TIMEOUT = float(os.environ.get('BEREDNING_A11Y_TIMEOUT', '20'))
step_number = 0


def ok(description):
    global step_number
    step_number += 1
    print('ok %d - %s' % (step_number, description), flush=True)


def fail(description):
    global step_number
    step_number += 1
    print('not ok %d - %s' % (step_number, description), flush=True)
    print('1..%d' % step_number)
    sys.exit(1)


def wait_for(what, find, timeout=TIMEOUT):
    """Calls find until it returns something, or fails after timeout."""
    end = time.monotonic() + timeout
    while True:
        try:
            found = find()
        except gi.repository.GLib.Error:
            found = None
        if found:
            return found
        if time.monotonic() > end:
            fail('found ' + what)
        time.sleep(0.2)


def showing(node):
    """Whether node is on screen: GTK 4.8 gives no "showing" state, and
    widgets on a stack's hidden pages stay "visible", with no size."""
    if not node.get_state_set().contains(Atspi.StateType.VISIBLE):
        return False
    component = node.get_component_iface()
    if component is None:
        return True
    extents = component.get_extents(Atspi.CoordType.WINDOW)
    return extents.width > 0 and extents.height > 0


def walk(node, depth=0):
    """Every showing accessible under node, depth first."""
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None and (depth == 0 or showing(child)):
            yield from walk(child, depth + 1)


def application():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == 'beredning':
            return app
    return None


def windows():
    app = application()
    if app is None:
        return []
    return [app.get_child_at_index(i) for i in range(app.get_child_count())]


def window_named(prefix):
    def find():
        for window in windows():
            if window is not None and (window.get_name() or '').startswith(prefix):
                return window
        return None
    return wait_for('window "%s"' % prefix, find)


def find(root, role, name, exact=True):
    """The first showing control with this role and accessible name (exact,
    its beginning with exact=False, or a part with exact='contains')."""
    def search():
        for node in walk(root):
            try:
                node_name = node.get_name() or ''
                if node.get_role_name() != role:
                    continue
            except gi.repository.GLib.Error:
                continue
            if exact == 'contains':
                matches = name in node_name
            else:
                matches = node_name == name if exact else node_name.startswith(name)
            if not matches:
                continue
            # A menu button is two: the outer one without actions.
            if role == 'push button':
                iface = node.get_action_iface()
                if iface is None or iface.get_n_actions() == 0:
                    continue
            return node
        return None
    return wait_for('%s "%s"' % (role, name), search)


def press(node, action='click'):
    """Does the control's named action (its first one if it has no such)."""
    iface = node.get_action_iface()
    names = [iface.get_action_name(i) for i in range(iface.get_n_actions())]
    index = names.index(action) if action in names else 0
    if not iface.do_action(index):
        fail('%s "%s" did "%s"' % (node.get_role_name(), node.get_name(), action))
    # GTK 4.8 counts two clicks within 250 ms as one.
    time.sleep(0.4)


def key(name):
    """Presses a key where the keyboard focus is, as the user would."""
    keyval = KEYSYMS[name]
    Atspi.generate_keyboard_event(keyval, None, Atspi.KeySynthType.SYM)
    time.sleep(0.5)


def type_into(node, text):
    editable = node.get_editable_text_iface()
    if editable is None or not editable.set_text_contents(text):
        fail('typed into %s "%s"' % (node.get_role_name(), node.get_name()))
    time.sleep(0.2)


def text_of(node):
    text = node.get_text_iface()
    return text.get_text(0, text.get_character_count())


def gone(window_prefix):
    def find():
        return all(not (w.get_name() or '').startswith(window_prefix)
                   for w in windows() if w is not None)
    wait_for('window "%s" closed' % window_prefix, find)


def description_of(node):
    return node.get_description() or ''


TITLE = 'Samråd om EU:s sammanhållningspolitik efter 2027'
BODY = 'Regionala utvecklingsnämnden'


def register_consultation(main):
    """Nytt ärende: title, type EU-samråd, reply-by date, saved."""
    press(find(main, 'push button', 'Nytt ärende'))
    type_into(find(main, 'text', 'Titel'), TITLE)
    item_type = find(main, 'combo box', 'Typ')
    for _ in range(20):
        shown = [n.get_name() for n in walk(item_type) if n.get_role_name() == 'label']
        if 'EU-samråd' in shown:
            break
        press(item_type, 'choice.next')
    else:
        fail('chose the type EU-samråd')
    type_into(find(main, 'text', 'Svar senast'), '2027-03-15')
    press(find(main, 'push button', 'Spara'))
    find(main, 'list item', 'Inkommet')
    find(main, 'list item', 'Nästa steg: bedöm ärendet')
    ok('an EU consultation is registered: "Inkommet", next step "bedöm ärendet"')


def route(main):
    """Assessed, preparation begun, and given to the body that decides."""
    press(find(main, 'push button', 'Markera som bedömt'))
    find(main, 'list item', 'Bedömt')
    press(find(main, 'push button', 'Påbörja beredning'))
    find(main, 'list item', 'Under beredning')
    press(find(main, 'push button', 'Tilldelat organ'))
    # The choices' list rows have no action in GTK 4.8: the search field
    # takes the name, and Return chooses the first match, as by keyboard.
    type_into(find(main, 'entry', 'Sök'), BODY)
    time.sleep(0.5)
    key('Return')
    wait_for('"Tilldelat organ" reads ' + BODY,
             lambda: description_of(find(main, 'push button', 'Tilldelat organ')) == BODY)
    press(find(main, 'push button', 'Spara'))
    meeting = find(main, 'push button', 'Öppna sammanträdet ' + BODY, exact=False)
    ok('the item is routed to %s, whose meeting "%s" can decide it'
       % (BODY, meeting.get_name()))
    return meeting


def put_on_agenda(main):
    """Ready for decision, and put on the agenda of that meeting."""
    press(find(main, 'push button', 'Markera som färdigberett'))
    find(main, 'list item', 'Färdigberett')
    press(find(main, 'push button', 'För upp på föredragningslistan'))
    find(main, 'list item', 'På föredragningslistan')
    ok('the item is ready and on the agenda: "På föredragningslistan"')


def open_meeting(main, meeting_name):
    """The meeting, opened through the search over everything."""
    press(find(main, 'push button', 'Sök i allt'))
    search = window_named('Sök i allt')
    type_into(find(search, 'entry', 'Sök i allt'), meeting_name)
    find(search, 'list item', meeting_name)
    key('Return')
    gone('Sök i allt')
    find(main, 'push button', 'Tillbaka till sammanträden')
    find(main, 'label', TITLE)
    ok('the meeting "%s" is opened from the search, with the item on its agenda'
       % meeting_name)


def lock_agenda(main):
    press(find(main, 'push button', 'Lås föredragningslistan…'))
    question = window_named('Lås föredragningslistan?')
    press(find(question, 'push button', 'Lås föredragningslistan'))
    gone('Lås föredragningslistan?')
    find(main, 'label', 'Föredragningslista låst', exact='contains')
    ok('the agenda is locked: "Föredragningslista låst"')


def skip(description, reason):
    global step_number
    step_number += 1
    print('ok %d - %s # SKIP %s' % (step_number, description, reason), flush=True)


def main():
    window = window_named('demo.db')
    ok('the main window is found by its title')
    register_consultation(window)
    route(window)
    put_on_agenda(window)
    open_meeting(window, BODY + ' 2027-02-03')
    lock_agenda(window)
    # The meeting page's agenda rows expose no action and no selection to
    # assistive technology in GTK 4.8, so "Beslut…" cannot be aimed at the
    # item; the decision dialog, the minutes and the report of a forum event
    # follow once the meeting page and the reports view offer them.
    skip('the decision is recorded in the decision dialog',
         'the agenda rows of the meeting page cannot be chosen through AT-SPI')
    skip('a forum event whose report comes in late goes to the next agenda',
         'not yet driven through AT-SPI')
    skip('the minutes are exported and read back',
         'they follow the decision')
    print('1..%d' % step_number)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--dump':
        for w in windows():
            print('# window %r' % w.get_name())
            for node in walk(w):
                print('# %s %r' % (node.get_role_name(), node.get_name()))
        sys.exit(0)
    main()
