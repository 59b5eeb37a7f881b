#!/usr/bin/env bash
# README command 6 (optional): the OA calendar in a local Radicale (CalDAV). Installs what is
# missing, builds, starts Radicale (scripts/radicale.sh: users alice/alice-pass and bob/bob-pass),
# makes alice's calendar "sales-meetings", makes a workspace from SalesBridge's own demo data
# (salesbridge demo: customers C0001..., their contacts), puts a dozen meetings and tasks for the
# next two weeks on the calendar as other clients would (a colleague's SalesBridge naming the
# customer's code, a phone naming a contact's e-mail as attendee; Chinese and English, Beijing
# time and UTC), connects the workspace to the calendar with the "caldav" kind (the password goes
# to the system keychain), syncs once and opens the window (F5 syncs again). Radicale stops when
# the window closes.
# Keeps the server's files and the workspace under $SB_CALDAV_DEMO_DIR (default
# ${XDG_CACHE_HOME:-~/.cache}/salesbridge/caldav-demo); Radicale listens on 127.0.0.1:$SB_CALDAV_PORT
# (8400; not 5232, where Debian's radicale service may run). SB_NO_BUILD=1 skips deps.sh and
# build.sh (a build tree made otherwise). Extra arguments go to the app (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
if [ "${SB_NO_BUILD:-0}" != 1 ]; then
  scripts/deps.sh
  scripts/build.sh
fi
BUILD_DIR="${SB_BUILD_DIR:-build}"
APP="$ROOT/$BUILD_DIR/app/salesbridge"
[ -x "$APP" ] || { echo "run-caldav.sh: no $APP (build it first)" >&2; exit 1; }
DEMO="${SB_CALDAV_DEMO_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/salesbridge/caldav-demo}"
PORT="${SB_CALDAV_PORT:-8400}"
mkdir -p "$DEMO"
DEMO="$(cd "$DEMO" && pwd)"
RADICALE_DIR="$DEMO/radicale"
CALENDAR="http://127.0.0.1:$PORT/alice/sales-meetings/"
USER_NAME=alice
PASSWORD=alice-pass

scripts/radicale.sh install
scripts/radicale.sh start "$RADICALE_DIR" "$PORT"
trap 'scripts/radicale.sh stop "$RADICALE_DIR" >/dev/null || true' EXIT
trap 'exit 130' INT TERM # a signal ends the script through the EXIT trap
scripts/radicale.sh calendar "$CALENDAR" "$USER_NAME" "$PASSWORD" "销售日程 Sales meetings"
echo "Radicale is running at http://127.0.0.1:$PORT/ (calendar $CALENDAR, users alice / alice-pass,"
echo "bob / bob-pass; any CalDAV client such as Thunderbird can join); it stops when SalesBridge closes."

WORKSPACE="$DEMO/workspace.sbw"
if [ ! -f "$WORKSPACE" ]; then
  # SalesBridge's own demo data (the same generator and seed as the demo workspace), small.
  "$APP" demo --workspace "$WORKSPACE" --demo-size 60
fi

# A dozen meetings and tasks for the next two weeks naming the workspace's demo customers (by
# code) and their contacts (by e-mail), put as other clients would: once, If-None-Match: * (an
# item already there from an earlier run stays as it is).
/usr/bin/python3 - "$WORKSPACE" "$CALENDAR" "$USER_NAME" "$PASSWORD" <<'PYEOF'
import base64, datetime, sqlite3, sys, urllib.error, urllib.request
workspace, calendar, user, password = sys.argv[1:5]
db = sqlite3.connect('file:%s?mode=ro' % workspace, uri=True)
# Customers with a code and a contact with an e-mail, the demo user's own first.
rows = db.execute("""
    SELECT c.code, c.name, k.name, k.email FROM customers c JOIN contacts k ON k.customer_id = c.id
    WHERE c.code IS NOT NULL AND k.email LIKE '%@%'
    ORDER BY c.owner = 'wang.fang' DESC, c.code, k.is_primary DESC, k.id""").fetchall()
picked, seen = [], set()
for code, name, contact, email in rows:
    if code not in seen:
        seen.add(code)
        picked.append((code, name, contact, email))
if len(picked) < 6:
    sys.exit('run-caldav.sh: the workspace has %d customers with a contact e-mail; 6 are needed' % len(picked))

auth = 'Basic ' + base64.b64encode(('%s:%s' % (user, password)).encode()).decode()
today = datetime.date.today()
SHANGHAI = ('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n'
            'TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n')

def stamp(day, hour, minute, beijing):
    t = datetime.datetime.combine(today + datetime.timedelta(days=day), datetime.time(hour, minute))
    if beijing:
        return ';TZID=Asia/Shanghai:' + t.strftime('%Y%m%dT%H%M%S')
    return ':' + t.strftime('%Y%m%dT%H%M%SZ')

def escape(text):
    return text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

# (kind, day, hour, minute, Beijing time?, customer index, subject, location or None, how)
# how: 'sb' = a colleague's SalesBridge (X-SALESBRIDGE-*), 'phone' = a phone naming the contact
# as attendee, 'task' = a to-do with the customer's code.
ITEMS = [
    ('meeting', 1, 10, 0, True, 0, '季度业务回顾：{name}', '客户总部三楼会议室', 'sb'),
    ('meeting', 2, 14, 30, True, 1, 'Product demo for {name}', 'Online (Tencent Meeting)', 'phone'),
    ('task', 2, 17, 0, True, 2, '给{name}发送正式报价单', None, 'task'),
    ('meeting', 3, 9, 30, True, 3, '技术交流：新产线改造方案', '客户工厂', 'phone'),
    ('meeting', 4, 2, 0, False, 4, 'Contract review call with {name}', None, 'sb'),
    ('task', 5, 12, 0, True, 0, '确认 {name} 的交期与付款条件', None, 'task'),
    ('meeting', 7, 15, 0, True, 5, '拜访{name}采购部', '客户办公室', 'sb'),
    ('task', 8, 9, 0, False, 1, 'Send the revised proposal to {name}', None, 'task'),
    ('meeting', 9, 10, 30, True, 2, 'Site visit and training at {name}', '客户车间', 'phone'),
    ('meeting', 10, 16, 0, True, 3, '年度框架协议谈判', '公司会议室 A', 'sb'),
    ('task', 12, 18, 0, True, 4, '整理{name}的售后问题清单', None, 'task'),
    ('meeting', 13, 3, 0, False, 5, 'Quarterly planning with {name}', 'Video call', 'phone'),
]

made = kept = 0
for n, (kind, day, hour, minute, beijing, who, subject, location, how) in enumerate(ITEMS, 1):
    code, name, contact, email = picked[who]
    uid = 'caldav-demo-%02d@run-caldav.salesbridge.example' % n
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SalesBridge demo//run-caldav//EN']
    if beijing:
        lines.append(SHANGHAI.rstrip('\r\n'))
    component = 'VTODO' if kind == 'task' else 'VEVENT'
    lines += ['BEGIN:' + component, 'UID:' + uid,
              'DTSTAMP:' + datetime.datetime.utcnow().strftime('%Y%m%dT%H%M%SZ'),
              'SUMMARY:' + escape(subject.format(name=name))]
    if kind == 'task':
        lines += ['DUE' + stamp(day, hour, minute, beijing), 'STATUS:NEEDS-ACTION']
    else:
        lines += ['DTSTART' + stamp(day, hour, minute, beijing),
                  'DTEND' + stamp(day, hour + 1, minute, beijing), 'STATUS:CONFIRMED']
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT30M', 'END:VALARM']
    if location:
        lines.append('LOCATION:' + escape(location))
    if how == 'phone':
        lines += ['ORGANIZER;CN=Alice:mailto:alice@salesbridge.example',
                  'ATTENDEE;CN="%s";PARTSTAT=ACCEPTED:mailto:%s' % (contact.replace('"', ''), email)]
    else:
        lines.append('X-SALESBRIDGE-CUSTOMER:' + code)
    if how == 'sb':
        lines += ['X-SALESBRIDGE-KIND:' + ('visit' if '拜访' in subject else 'meeting'),
                  'X-SALESBRIDGE-STATUS:planned', 'X-SALESBRIDGE-OWNER:alice',
                  'X-SALESBRIDGE-CONTACT:' + email]
    lines += ['END:' + component, 'END:VCALENDAR']
    body = ('\r\n'.join(lines) + '\r\n').encode('utf-8')
    req = urllib.request.Request(calendar + 'demo-%02d.ics' % n, data=body, method='PUT')
    req.add_header('Authorization', auth)
    req.add_header('Content-Type', 'text/calendar; charset=utf-8')
    req.add_header('If-None-Match', '*')
    try:
        urllib.request.urlopen(req, timeout=30).read()
        made += 1
    except urllib.error.HTTPError as e:
        if e.code != 412:
            sys.exit('run-caldav.sh: PUT demo-%02d.ics: HTTP %d %s' % (n, e.code, e.read()[:300].decode('utf-8', 'replace')))
        kept += 1
print('Calendar: %d demo items put, %d already there (customers %s)' % (made, kept, ', '.join(p[0] for p in picked[:6])))
PYEOF

# The connection. Until this build has the caldav kind, the window opens without it.
HAS_CALDAV=0
KINDS="$("$APP" connect --workspace "$WORKSPACE" 2>&1 || true)" # no kind given: the usage lists them
case "$KINDS" in *"connect caldav "*) HAS_CALDAV=1 ;; esac
if [ "$HAS_CALDAV" != 1 ]; then
  echo "run-caldav.sh: this build of SalesBridge has no CalDAV connector yet; the calendar is on the" >&2
  echo "server, and the window opens without it." >&2
fi

run_app() {
  if [ "$HAS_CALDAV" = 1 ]; then
    # The password goes to the system keychain, as in normal use.
    printf '%s' "$PASSWORD" | "$APP" connect caldav "url=$CALENDAR" "username=$USER_NAME" --password-stdin --workspace "$WORKSPACE"
    "$APP" sync --workspace "$WORKSPACE" || true # the window shows what did not go through
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting SalesBridge on a virtual X server (xvfb-run)." >&2
    xvfb-run -a -s "-screen 0 1366x768x24" "$APP" --workspace "$WORKSPACE" "$@"
  else
    "$APP" --workspace "$WORKSPACE" "$@"
  fi
}

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  run_app "$@"
else
  # No desktop session (a server, a container): a private session bus with a keyring of its
  # own under the demo directory, unlocked for this run only.
  export -f run_app
  export APP WORKSPACE CALENDAR USER_NAME PASSWORD HAS_CALDAV
  mkdir -p "$DEMO/keyring"
  XDG_DATA_HOME="$DEMO/keyring" dbus-run-session -- bash -c '
    echo -n salesbridge-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    run_app "$@"' run-caldav "$@"
fi
