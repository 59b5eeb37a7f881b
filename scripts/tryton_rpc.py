#!/usr/bin/env python3
"""Minimal JSON-RPC client for a Tryton 6.0 server (standard library only).

Used by scripts/tryton.sh and scripts/tryton_seed.py. As a command:

  tryton_rpc.py wait URL TIMEOUT [PID]      wait until common.server.version answers
  tryton_rpc.py free-port                   print a free TCP port on 127.0.0.1
  tryton_rpc.py call URL METHOD [JSON_PARAMS]
      log in as admin/admin on database crm, call METHOD with the params (a JSON list;
      the user context is appended as the last param) and print the result as JSON.

Set TRYTON_RPC_TRACE=1 to print every call with its duration on stderr.

Protocol notes (Tryton 6.0): the request must carry an "id" or the server drops the envelope;
the context dict is always the last positional param; Decimal, date and datetime travel as
{"__class__": ...} objects; after common.db.login every call sends
"Authorization: Session base64(login:user_id:session_key)".
"""
import base64
import datetime
import decimal
import json
import os
import socket
import sys
import time
import urllib.error
import urllib.request


TRACE = bool(os.environ.get('TRYTON_RPC_TRACE'))  # print every call with its duration


class RpcError(Exception):
    """A JSON-RPC error answer (UserError, ConcurrencyException, ...) or an HTTP failure."""

    def __init__(self, method, error, status=200):
        self.method = method
        self.error = error
        self.status = status
        super().__init__('%s: %s' % (method, self.describe()))

    def describe(self):
        err = self.error
        if isinstance(err, list) and len(err) == 2 and isinstance(err[1], list) and err[1]:
            return '%s: %s' % (err[0], err[1][0])
        return str(err)


def _encode(obj):
    if isinstance(obj, decimal.Decimal):
        return {'__class__': 'Decimal', 'decimal': str(obj)}
    if isinstance(obj, datetime.datetime):
        return {'__class__': 'datetime', 'year': obj.year, 'month': obj.month, 'day': obj.day,
                'hour': obj.hour, 'minute': obj.minute, 'second': obj.second,
                'microsecond': obj.microsecond}
    if isinstance(obj, datetime.date):
        return {'__class__': 'date', 'year': obj.year, 'month': obj.month, 'day': obj.day}
    if isinstance(obj, (bytes, bytearray)):
        return {'__class__': 'bytes', 'base64': base64.b64encode(obj).decode('ascii')}
    raise TypeError('cannot encode %r' % type(obj))


def _decode(dct):
    cls = dct.get('__class__')
    if cls == 'Decimal':
        return decimal.Decimal(dct['decimal'])
    if cls == 'date':
        return datetime.date(dct['year'], dct['month'], dct['day'])
    if cls == 'datetime':
        return datetime.datetime(dct['year'], dct['month'], dct['day'], dct.get('hour', 0),
                                 dct.get('minute', 0), dct.get('second', 0),
                                 dct.get('microsecond', 0))
    if cls == 'bytes':
        return base64.b64decode(dct['base64'])
    return dct


def dumps(obj):
    return json.dumps(obj, default=_encode, ensure_ascii=False)


def _post(url, payload, headers=None, timeout=300):
    body = dumps(payload).encode('utf-8')
    req = urllib.request.Request(url, data=body, method='POST')
    req.add_header('Content-Type', 'application/json')
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read().decode('utf-8'), object_hook=_decode)
    except urllib.error.HTTPError as exc:
        raise RpcError(payload['method'], 'HTTP %d %s' % (exc.code, exc.reason), exc.code)


def server_version(base_url, timeout=2):
    answer = _post(base_url.rstrip('/') + '/',
                   {'id': 1, 'method': 'common.server.version', 'params': []}, timeout=timeout)
    return answer.get('result')


class Client:
    """One logged-in session. call() appends the user context as the last param."""

    def __init__(self, base_url, database='crm', login='admin', password='admin'):
        self.url = '%s/%s/' % (base_url.rstrip('/'), database)
        self.login_name = login
        self._next_id = 0
        self._auth = None
        self.context = {}
        user_id, key = self._request('common.db.login', [login, {'password': password}, 'en'])
        token = base64.b64encode(('%s:%s:%s' % (login, user_id, key)).encode()).decode('ascii')
        self._auth = 'Session ' + token
        self.user_id = user_id
        self.refresh_context()

    def _request(self, method, params):
        self._next_id += 1
        headers = {'Authorization': self._auth} if self._auth else {}
        start = time.monotonic()
        answer = _post(self.url, {'id': self._next_id, 'method': method, 'params': params},
                       headers)
        if TRACE:
            print('    rpc %-50s %6.0f ms' % (method, (time.monotonic() - start) * 1000),
                  file=sys.stderr)
        if 'error' in answer:
            raise RpcError(method, answer['error'])
        return answer.get('result')

    def refresh_context(self):
        prefs = self._request('model.res.user.get_preferences', [True, {}])
        # Keep the values, drop the display helpers ("company.rec_name", ...) and groups.
        self.context = {k: v for k, v in prefs.items() if '.' not in k and k != 'groups'}
        return self.context

    def call(self, method, *params, **extra_context):
        ctx = dict(self.context)
        ctx.update(extra_context)
        return self._request(method, list(params) + [ctx])

    def model(self, model, method, *params, **extra_context):
        return self.call('model.%s.%s' % (model, method), *params, **extra_context)

    # Shorthands for the calls the seed uses most.
    def create(self, model, values, **ctx):
        return self.model(model, 'create', values, **ctx)

    def create1(self, model, vals, **ctx):
        return self.create(model, [vals], **ctx)[0]

    def write(self, model, ids, vals, **ctx):
        return self.model(model, 'write', ids, vals, **ctx)

    def read(self, model, ids, fields, **ctx):
        return self.model(model, 'read', ids, fields, **ctx)

    def search(self, model, domain, limit=None, order=None, **ctx):
        return self.model(model, 'search', domain, 0, limit, order, **ctx)

    def search_read(self, model, domain, fields, limit=None, order=None, **ctx):
        return self.model(model, 'search_read', domain, 0, limit, order, fields, **ctx)

    def search_count(self, model, domain, **ctx):
        return self.model(model, 'search_count', domain, **ctx)

    def button(self, model, name, ids, **ctx):
        return self.model(model, name, ids, **ctx)

    def xml_id(self, module, fs_id):
        rows = self.search_read('ir.model.data', [['module', '=', module], ['fs_id', '=', fs_id]],
                                ['db_id'], limit=1)
        if not rows:
            raise LookupError('no ir.model.data %s.%s' % (module, fs_id))
        return rows[0]['db_id']

    def run_wizard(self, name, steps, **ctx):
        """Run wizard NAME. steps: list of (view_state, values, button_state).

        For each step the view state is opened to get its fields and defaults; the data sent
        with the button then holds EVERY field of that form (Tryton 6.0 fails on a missing
        one), defaults first, then the given values. Returns the last execute() answer.
        """
        prefix = 'wizard.%s.' % name
        session, _start, _end = self.call(prefix + 'create', **ctx)
        data = {}
        answer = None
        try:
            for view_state, values, button_state in steps:
                view = self.call(prefix + 'execute', session, data, view_state, **ctx)['view']
                defaults = view.get('defaults', {})
                form = {}
                for field in view['fields_view']['fields']:
                    form[field] = defaults.get(field)
                form.update(values)
                data[view_state] = form
                answer = self.call(prefix + 'execute', session, data, button_state, **ctx)
        finally:
            self.call(prefix + 'delete', session, **ctx)
        return answer


def wait_ready(base_url, timeout, pid=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pid and not os.path.exists('/proc/%d' % pid):
            return 'died'
        try:
            if server_version(base_url, timeout=2):
                return 'ok'
        except (OSError, RpcError, ValueError):
            pass
        time.sleep(0.1)
    return 'timeout'


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


def port_in_use(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(('127.0.0.1', port)) == 0


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__.strip())
        return 0 if len(argv) >= 2 else 2
    cmd = argv[1]
    if cmd == 'wait':
        pid = int(argv[4]) if len(argv) > 4 else None
        result = wait_ready(argv[2], float(argv[3]), pid)
        print(result)
        return 0 if result == 'ok' else 1
    if cmd == 'free-port':
        print(free_port())
        return 0
    if cmd == 'port-in-use':
        return 0 if port_in_use(int(argv[2])) else 1
    if cmd == 'call':
        client = Client(argv[2])
        params = json.loads(argv[4], object_hook=_decode) if len(argv) > 4 else []
        print(dumps(client.call(argv[3], *params)))
        return 0
    print('unknown command %r' % cmd, file=sys.stderr)
    return 2


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv))
    except RpcError as exc:
        print('error: %s' % exc, file=sys.stderr)
        sys.exit(1)
