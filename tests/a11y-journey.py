#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A secretariat's day through the accessibility tree, in Swedish.

Drives the running program as a screen reader user would: every control is
found by its role and Swedish accessible name, pressed through
Atspi.Action, typed into through Atspi.EditableText, and reached with Tab
and ticked with Space where GTK 4.8 offers no action. Prints TAP.

An EU consultation is registered, routed, put on the agenda of the meeting
that can decide it, and the agenda locked; a forum event's report comes in
late and goes to the next agenda. Then the program is closed and started
again on the day of the meeting (faketime sets the clock forward for it
alone): the decision is recorded from the item's row, the minutes recorded,
and the minutes exported and read back with pdftotext.
"""

import datetime
import glob
import os
import subprocess
import sys
import time
import warnings

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402

warnings.simplefilter('ignore', DeprecationWarning)

# X keysyms of the keys pressed.
KEYSYMS = {'Return': 0xff0d, 'Escape': 0xff1b, 'space': 0x20, 'Tab': 0xff09}

# Slow builds (the sanitizers') wait as long as the other UI tests there.
TIMEOUT = float(os.environ.get('BEREDNING_A11Y_TIMEOUT',
                               os.environ.get('BEREDNING_TEST_WAIT_SECONDS', '20')))
step_number = 0


def ok(description):
    global step_number
    step_number += 1
    print('ok %d - %s' % (step_number, description), flush=True)


def fail(description):
    global step_number
    step_number += 1
    print('not ok %d - %s' % (step_number, description), flush=True)
    # What was on screen, for whoever reads the log.
    try:
        for window in windows():
            print('# window %r' % window.get_name())
            for node in walk(window):
                if node.get_role_name() not in ('panel', 'filler'):
                    print('#   %s %r %r' % (node.get_role_name(), node.get_name(),
                                            description_of(node)))
    except Exception:  # noqa: BLE001 - the dump must not hide the failure
        pass
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


def enclosing(node, role, name):
    """The nearest container of node that holds a control with this role
    and name: the page node is on, apart from pages hidden behind it (GTK
    4.8 keeps them "visible", with their size)."""
    parent = node.get_parent()
    while parent is not None:
        for candidate in walk(parent):
            if candidate.get_role_name() == role and candidate.get_name() == name:
                return parent
        parent = parent.get_parent()
    fail('found the page of %s "%s"' % (node.get_role_name(), node.get_name()))


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
    title = find(main, 'text', 'Titel')
    type_into(title, TITLE)
    item_type = find(main, 'combo box', 'Typ')
    for _ in range(20):
        shown = [n.get_name() for n in walk(item_type) if n.get_role_name() == 'label']
        if 'EU-samråd' in shown:
            break
        press(item_type, 'choice.next')
    else:
        fail('chose the type EU-samråd')
    # An entry row says that it has the keyboard, as Tab reaches it.
    form = enclosing(title, 'text', 'Svar senast')
    type_into(tab_to(form, 'text', 'Svar senast'), '2027-03-15')
    press(find(main, 'push button', 'Spara'))
    find(main, 'list item', 'Inkommet')
    find(main, 'list item', 'Nästa steg: bedöm ärendet')
    ok('an EU consultation is registered, its reply-by date reached by Tab: "Inkommet", '
       'next step "bedöm ärendet"')


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


def tab_to(root, role, name):
    """Presses Tab until the control has the keyboard, as a screen reader
    user moves through a dialog (GTK 4.8 gives check boxes no action)."""
    find(root, role, name)
    for _ in range(80):
        for node in walk(root):
            try:
                if (node.get_role_name() == role and node.get_name() == name
                        and node.get_state_set().contains(Atspi.StateType.FOCUSED)):
                    return node
            except gi.repository.GLib.Error:
                continue
        Atspi.generate_keyboard_event(KEYSYMS['Tab'], None, Atspi.KeySynthType.SYM)
        time.sleep(0.25)
    fail('reached %s "%s" with Tab' % (role, name))


def tick(root, name):
    """Ticks a check box by keyboard: Tab to it, then Space."""
    box = tab_to(root, 'check box', name)
    key('space')
    wait_for('"%s" ticked' % name,
             lambda: box.get_state_set().contains(Atspi.StateType.CHECKED))


def lock_agenda(main):
    press(find(main, 'push button', 'Lås föredragningslistan…'))
    question = window_named('Lås föredragningslistan?')
    press(find(question, 'push button', 'Lås föredragningslistan'))
    gone('Lås föredragningslistan?')
    find(main, 'label', 'Föredragningslista låst', exact='contains')
    ok('the agenda is locked: "Föredragningslista låst"')


EVENT = 'CPMR:s politiska byrå i Rennes'
ATTENDEE = 'Per-Erik Holmgren'


def record_late_report(main):
    """A forum event three months ago; its report comes in today, late, and
    goes to the next agenda of the body it reports to."""
    held = (datetime.date.today() - datetime.timedelta(days=90)).isoformat()
    press(find(main, 'page tab', 'Återrapporter'))
    press(find(main, 'push button', 'Nytt forummöte'))
    form = window_named('Nytt forummöte')
    press(find(form, 'push button', 'Nätverk'))
    type_into(find(form, 'entry', 'Sök'), 'Conference of Peripheral Maritime Regions')
    time.sleep(0.5)
    key('Return')
    wait_for('"Nätverk" reads CPMR',
             lambda: 'Conference' in description_of(find(form, 'push button', 'Nätverk')))
    type_into(find(form, 'text', 'Titel'), EVENT)
    type_into(find(form, 'text', 'Plats'), 'Rennes')
    type_into(find(form, 'text', 'Börjar'), held)
    type_into(find(form, 'text', 'Slutar'), held)
    tick(form, ATTENDEE)
    press(find(form, 'push button', 'Registrera'))
    gone('Nytt forummöte')
    ok('the forum event "%s" of %s is registered with %s' % (EVENT, held, ATTENDEE))

    press(find(main, 'push button', 'Sök i allt'))
    search = window_named('Sök i allt')
    type_into(find(search, 'entry', 'Sök i allt'), 'politiska byrå Rennes')
    find(search, 'list item', '%s – %s' % (ATTENDEE, EVENT))
    key('Return')
    gone('Sök i allt')
    page = enclosing(find(main, 'list', 'Återrapport'), 'push button', 'Spara')
    find(page, 'label', '%s – %s' % (ATTENDEE, EVENT))
    type_into(find(page, 'text', 'Inkom'), datetime.date.today().isoformat())
    type_into(find(page, 'text', 'Sakområden som behandlades'),
              'Sammanhållningspolitiken efter 2027 och havsfrågorna.')
    press(find(page, 'push button', 'Spara'))
    late = find(page, 'label', 'dagar för sent', exact='contains')
    ok('the report is received late: "%s"' % late.get_name())
    press(find(page, 'push button', 'För upp på nästa föredragningslista'))
    agenda = find(page, 'label', 'På föredragningslista · ', exact=False)
    ok('the report goes to the next agenda: "%s"' % agenda.get_name())


def faketime_library():
    found = sorted(glob.glob('/usr/lib/*/faketime/libfaketimeMT.so.1'))
    return found[0] if found else None


def restart_on(main, day):
    """Closes the program and starts it again on the day of the meeting,
    with the system clock set forward for it alone."""
    press(find(main, 'push button', 'Stäng'))
    wait_for('the program closed', lambda: application() is None)
    # Until it has let go of its name on the bus, a new start would hand
    # its window over to the closing one.
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def name_released():
        owned = bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus',
                              'org.freedesktop.DBus', 'NameHasOwner',
                              GLib.Variant('(s)', ('io.github.beredning.Beredning',)),
                              GLib.VariantType('(b)'), Gio.DBusCallFlags.NONE, -1, None)
        return not owned.unpack()[0]
    wait_for('the program gone from the bus', name_released, timeout=TIMEOUT * 3)
    env = dict(os.environ)
    env['LD_PRELOAD'] = faketime_library()
    env['FAKETIME'] = '@%s 16:00:00' % day
    env['FAKETIME_DONT_FAKE_MONOTONIC'] = '1'
    # An instrumented build lets the clock's library load before its own.
    env['ASAN_OPTIONS'] = ':'.join(filter(None, [env.get('ASAN_OPTIONS'),
                                                 'verify_asan_link_order=0']))
    log = open(os.path.join(DIR, 'app-meeting-day.log'), 'w')
    process = subprocess.Popen([os.environ['BEREDNING_BINARY'],
                                '--database=' + os.path.join(DIR, 'demo.db')],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    STARTED.append(process)
    main = window_named('demo.db')
    ok('the program is started again on the meeting day, %s' % day)
    return main


def record_decision(main, meeting_name):
    open_meeting(main, meeting_name)
    decide = find(main, 'push button', 'Beslut om § ', exact=False)
    name = decide.get_name()
    if not name.endswith(', ' + TITLE):
        fail('the decision button names the item: "%s"' % name)
    press(decide)
    dialog = window_named('Beslut, §')
    type_into(find(dialog, 'text', 'Exp till, en mottagare per rad'), 'Europeiska kommissionen')
    press(find(dialog, 'push button', 'Registrera beslut'))
    gone('Beslut, §')
    ok('the decision is recorded through "%s"' % name)


def record_minutes(main, day):
    press(find(main, 'push button', 'Registrera protokoll…'))
    dialog = window_named('Protokoll – ')
    type_into(find(dialog, 'text', 'Datum för justering'), day)
    type_into(find(dialog, 'text', 'Datum för anslag'), day)
    for person in ('Birgitta Wiklund', 'Erik Zetterlund'):
        tick(dialog, person)
    find(dialog, 'label', '2 personer närvarade')
    press(find(dialog, 'push button', 'Spara protokoll'))
    gone('Protokoll – ')
    find(main, 'label', 'Protokoll justerat', exact='contains')
    ok('the minutes are recorded and approved: "Protokoll justerat"')


def export_minutes(main):
    path = os.path.join(DIR, 'protokoll.pdf')
    press(find(main, 'push button', 'Skriv ut och exportera'))
    entry = find(main, 'menu item', 'Exportera protokoll…')
    try:
        press(entry)
    except gi.repository.GLib.Error:
        # A slow build may answer only after the file chooser is up.
        pass
    chooser = window_named('Exportera')
    type_into(find(chooser, 'text', 'Namn:'), path)
    press(find(chooser, 'push button', 'Exportera'))
    gone('Exportera')
    wait_for('the minutes written to ' + path,
             lambda: os.path.exists(path) and os.path.getsize(path) > 0)
    time.sleep(1)
    text = subprocess.run(['pdftotext', '-layout', path, '-'], check=True,
                          capture_output=True, text=True).stdout
    flat = ' '.join(text.split())
    for expected in ('Protokoll', BODY, TITLE, 'Birgitta Wiklund', 'Europeiska kommissionen'):
        if expected not in flat:
            fail('the minutes read back with pdftotext name "%s"' % expected)
    ok('the minutes are exported and read back with pdftotext: the item, the attendance '
       'and where the decision is sent')


def skip(description, reason):
    global step_number
    step_number += 1
    print('ok %d - %s # SKIP %s' % (step_number, description, reason), flush=True)


DIR = os.environ.get('BEREDNING_A11Y_DIR', '.')
STARTED = []


def main():
    window = window_named('demo.db')
    ok('the main window is found by its title')
    # The window starts on the overview; the items are in the Agenda view
    # ("Beredning" in Swedish).
    press(find(window, 'page tab', 'Beredning'))
    ok('the Agenda view is chosen from the overview the window starts on')
    register_consultation(window)
    meeting = route(window).get_name()
    # "Öppna sammanträdet Regionala utvecklingsnämnden, 2027-02-03"
    day = meeting[-10:]
    meeting_name = BODY + ' ' + day
    put_on_agenda(window)
    open_meeting(window, meeting_name)
    lock_agenda(window)
    record_late_report(window)
    if faketime_library() is None:
        skip('the decision, the minutes and their export on the meeting day',
             'faketime is not installed')
    else:
        window = restart_on(window, day)
        record_decision(window, meeting_name)
        record_minutes(window, day)
        export_minutes(window)
    print('1..%d' % step_number)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--dump':
        for w in windows():
            print('# window %r' % w.get_name())
            for node in walk(w):
                print('# %s %r' % (node.get_role_name(), node.get_name()))
        sys.exit(0)
    try:
        main()
    finally:
        for started in STARTED:
            started.terminate()
            started.wait(30)
