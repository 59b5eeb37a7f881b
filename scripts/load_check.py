#!/usr/bin/env python3
"""The report and the checks of the load program (scripts/load-test.sh runs it at the end).

Reads the run folder (rep-N.jsonl: cycles and edits of each workspace, erp.jsonl: the ERP-side
edits, ws-N.sqlite: the workspaces after their final syncs) and Tryton's PostgreSQL database
directly (psycopg2, trust on 127.0.0.1). Prints the cycle times, trytond's CPU per client cycle
and the checks: no duplicate in Tryton, no lost edit, every workspace equal to the server.
Exit 0 when every check passes, 1 otherwise.
"""
import argparse
import collections
import glob
import json
import os
import sqlite3
import sys

import psycopg2

DIMENSIONS = {'Grade': 'grade', 'Region': 'region', 'Industry': 'industry', 'Sales rep': 'owner'}


def percentile(values, p):
    if not values:
        return float('nan')
    v = sorted(values)
    k = (len(v) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def read_jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8') as fh:
        return [json.loads(line) for line in fh if line.strip()]


class Server:
    """What Tryton holds, read once at the end."""

    def __init__(self, dsn):
        host, port = dsn.split(':')
        self.db = psycopg2.connect(host=host, port=int(port), user='tryton', dbname='crm')
        cur = self.db.cursor()
        # The company's own parties (its party, its employees') are not customers.
        cur.execute('SELECT id, name, code FROM party_party WHERE active AND id NOT IN '
                    '(SELECT party FROM company_company UNION SELECT party FROM company_employee)')
        self.parties = {r[0]: {'name': r[1], 'code': r[2]} for r in cur.fetchall()}
        cur.execute('SELECT c.id, c.name, p.name FROM party_category c '
                    'JOIN party_category p ON p.id = c.parent WHERE p.parent IS NULL')
        self.category = {r[0]: (DIMENSIONS.get(r[2]), r[1]) for r in cur.fetchall()}
        for pid in self.parties:
            for dim in DIMENSIONS.values():
                self.parties[pid][dim] = None
        cur.execute('SELECT party, category FROM party_category_rel ORDER BY category')
        for party, cat in cur.fetchall():
            dim, name = self.category.get(cat, (None, None))
            if dim and party in self.parties:
                p = self.parties[party]
                p[dim] = name if p[dim] is None else p[dim] + ' + ' + name
        cur.execute("SELECT id, resource, message FROM ir_note WHERE resource LIKE 'party.party,%%'")
        self.notes = {r[0]: (int(r[1].split(',')[1]), r[2]) for r in cur.fetchall()}
        self.note_count = collections.Counter(p for p, _ in self.notes.values() if p in self.parties)
        cur.execute("SELECT party, code FROM party_identifier WHERE code LIKE 'SB-%%'")
        self.identified = collections.defaultdict(list)
        for party, code in cur.fetchall():
            self.identified[party].append(code)
        cur.execute('SELECT id, state FROM sale_opportunity')
        self.opportunities = dict(cur.fetchall())
        cur.execute("SELECT s.id, count(l.id) FROM sale_sale s "
                    "LEFT JOIN sale_line l ON l.sale = s.id AND l.type = 'line' GROUP BY s.id")
        self.sales = dict(cur.fetchall())
        cur.execute('SELECT party, value FROM party_contact_mechanism WHERE active')
        self.mechanisms = set(cur.fetchall())

    def duplicates(self):
        cur = self.db.cursor()
        found = []
        queries = [
            ('parties with the same SB- identifier',
             "SELECT code, count(*) FROM party_identifier WHERE code LIKE 'SB-%%' "
             "GROUP BY code HAVING count(*) > 1"),
            ('notes with the same text on one party',
             "SELECT resource || ' ' || left(message, 60), count(*) FROM ir_note "
             "GROUP BY resource, message HAVING count(*) > 1"),
            ('opportunities with the same reference',
             "SELECT reference, count(*) FROM sale_opportunity WHERE reference LIKE 'SB-%%' "
             "GROUP BY reference HAVING count(*) > 1"),
            ('sales with the same reference',
             "SELECT reference, count(*) FROM sale_sale WHERE reference LIKE 'SB-%%' "
             "GROUP BY reference HAVING count(*) > 1"),
            ('contact mechanisms with the same value on one party',
             "SELECT party || ' ' || value, count(*) FROM party_contact_mechanism "
             "WHERE value LIKE '%%@load.example.cn' GROUP BY party, value HAVING count(*) > 1"),
        ]
        for label, sql in queries:
            cur.execute(sql)
            rows = cur.fetchall()
            found.append((label, len(rows), rows[:3]))
        return found


class Workspace:
    def __init__(self, path):
        self.path = path
        self.db = sqlite3.connect('file:%s?mode=ro' % path, uri=True)

    def one(self, sql, args=()):
        row = self.db.execute(sql, args).fetchone()
        return row[0] if row else None

    def remote(self, table, local):
        row = self.db.execute('SELECT remote_id, local_state FROM %s WHERE id = ?' % table,
                              (local,)).fetchone()
        if not row or row[0] is None or row[1] != 0:
            return None
        return int(row[0])

    def customers(self):
        rows = self.db.execute(
            "SELECT remote_id, name, code, grade, region, industry, owner FROM customers "
            "WHERE remote_system = 'erp' AND remote_id IS NOT NULL AND local_state <> 3")
        return {int(r[0]): dict(zip(('name', 'code', 'grade', 'region', 'industry', 'owner'), r[1:]))
                for r in rows}

    def note_counts(self):
        rows = self.db.execute(
            "SELECT c.remote_id, count(*) FROM activities a JOIN customers c ON c.id = a.customer_id "
            "WHERE a.remote_system = 'erp' AND a.remote_id IS NOT NULL AND a.local_state <> 3 "
            "AND c.remote_id IS NOT NULL GROUP BY c.remote_id")
        return {int(r[0]): r[1] for r in rows}


def lost_rep_edits(rep, edits, ws, srv):
    """Every edit a workspace made, found in Tryton. Returns a list of problems."""
    problems = []
    last = {}  # (entity, local, field) -> the last value the rep set
    for e in edits:
        kind = e['edit']
        if kind == 'customer':
            r = ws.remote('customers', e['local'])
            if r is None or r not in srv.parties or not srv.identified.get(r):
                problems.append('rep %d: new customer %s not in Tryton' % (rep, e['name']))
        elif kind == 'contact':
            cust = ws.remote('customers', e['customer'])
            if ws.remote('contacts', e['local']) is None or (cust, e['email']) not in srv.mechanisms:
                problems.append('rep %d: contact %s not in Tryton' % (rep, e['email']))
        elif kind == 'visit':
            note = ws.remote('activities', e['local'])
            cust = ws.remote('customers', e['customer'])
            got = srv.notes.get(note)
            if got is None or got[0] != cust or e['subject'] not in got[1]:
                problems.append('rep %d: visit %s not on its party in Tryton' % (rep, e['subject']))
        elif kind in ('opportunity', 'stage'):
            last[('opportunity', e['local'], 'stage')] = e['expect']
        elif kind == 'quote':
            sale = ws.remote('quotes', e['local'])
            if sale is None or srv.sales.get(sale) != e['lines']:
                problems.append('rep %d: quote %d (%d lines) not in Tryton as a sale with its lines'
                                % (rep, e['local'], e['lines']))
        elif kind == 'file':
            last[('customer', e['local'], e['field'])] = e['value']
    for (entity, local, field), value in last.items():
        if entity == 'opportunity':
            opp = ws.remote('opportunities', local)
            if srv.opportunities.get(opp) != value:
                problems.append('rep %d: opportunity %d is %r in Tryton, the rep moved it to %r'
                                % (rep, local, srv.opportunities.get(opp), value))
        else:
            party = ws.remote('customers', local)
            got = srv.parties.get(party, {}).get(field)
            if got != value:
                problems.append('rep %d: customer %d %s is %r in Tryton, the rep set %r'
                                % (rep, local, field, got, value))
    return problems


def lost_erp_edits(edits, srv):
    problems = []
    last = {}
    for e in edits:
        if e['edit'] == 'note':
            if not any(p == e['party'] and m == e['message'] for p, m in srv.notes.values()):
                problems.append('ERP note on party %d is gone' % e['party'])
        else:
            last[(e['party'], 'name' if e['edit'] == 'rename' else 'industry')] = e['value']
    for (party, field), value in last.items():
        got = srv.parties.get(party, {}).get(field)
        if got != value:
            problems.append('ERP %s of party %d overwritten: %r, not %r' % (field, party, got, value))
    return problems


def compare(ws, srv):
    problems = []
    mine = ws.customers()
    missing = [p for p in srv.parties if p not in mine]
    extra = [p for p in mine if p not in srv.parties]
    if missing:
        problems.append('%d parties of Tryton missing (e.g. %s)' % (len(missing), missing[:3]))
    if extra:
        problems.append('%d customers Tryton no longer has (e.g. %s)' % (len(extra), extra[:3]))
    differ = collections.Counter()
    example = {}
    for pid, c in mine.items():
        s = srv.parties.get(pid)
        if s is None:
            continue
        for field in ('name', 'code', 'grade', 'region', 'industry', 'owner'):
            if (c[field] or None) != (s[field] or None):
                differ[field] += 1
                example.setdefault(field, '%d: %r here, %r in Tryton' % (pid, c[field], s[field]))
    for field, n in differ.items():
        problems.append('%d customers with another %s (e.g. %s)' % (n, field, example[field]))
    notes = ws.note_counts()
    wrong = [p for p in srv.parties if notes.get(p, 0) != srv.note_count.get(p, 0)]
    if wrong:
        p = wrong[0]
        problems.append('%d parties with another note count (e.g. %d: %d here, %d in Tryton)'
                        % (len(wrong), p, notes.get(p, 0), srv.note_count.get(p, 0)))
    left = ws.one("SELECT count(*) FROM outbox WHERE state <> 'done'")
    if left:
        problems.append('%d outbox entries not through' % left)
    conflicts = ws.one('SELECT count(*) FROM conflicts WHERE resolved_at IS NULL')
    if conflicts:
        problems.append('%d open conflicts' % conflicts)
    return problems, len(mine), sum(notes.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pg', required=True)
    ap.add_argument('--run', required=True)
    ap.add_argument('--reps', type=int, required=True)
    ap.add_argument('--trytond-cpu', type=float, required=True)
    ap.add_argument('--postgres-cpu', type=float, required=True)
    ap.add_argument('--wall', type=float, required=True)
    ap.add_argument('--parties', type=int, default=0)
    ap.add_argument('--minutes', type=float, default=0)
    ap.add_argument('--interval', type=float, default=0)
    ap.add_argument('--erp', default='stock Tryton',
                    help='what the ERP administrator changed (load-test.sh --erp-indexes, --erp-pool)')
    a = ap.parse_args()

    logs = {i: read_jsonl(os.path.join(a.run, 'rep-%d.jsonl' % i)) for i in range(1, a.reps + 1)}
    cycles = [l for rows in logs.values() for l in rows if l.get('cycle', 0) > 0]
    edits = {i: [l for l in rows if 'edit' in l] for i, rows in logs.items()}
    ms = [c['ms'] for c in cycles]
    first = [l for l in read_jsonl(os.path.join(a.run, 'base.jsonl')) if 'cycle' in l]
    erp = read_jsonl(os.path.join(a.run, 'erp.jsonl'))
    print('== Twenty reps on one ERP: %d bulk parties, %d workspaces, %g min, cycle every %g s; ERP: %s'
          % (a.parties, a.reps, a.minutes, a.interval, a.erp))
    if first:
        print('first sync (one workspace, copied to all): %.1f s, %d records'
              % (first[0]['ms'] / 1000, first[0]['pulled']))
    n = len(cycles)
    print('cycles: %d in %.0f s; edits: %d by the workspaces, %d on the ERP side'
          % (n, a.wall, sum(len(v) for v in edits.values()), len(erp)))
    print('cycle time (client wall): p50 %.0f ms, p95 %.0f ms, max %.0f ms'
          % (percentile(ms, .5), percentile(ms, .95), max(ms) if ms else float('nan')))
    cp = [c['checkpoint_ms'] for c in cycles]
    print('WAL checkpoint after a cycle: p50 %.0f ms, p95 %.0f ms' % (percentile(cp, .5), percentile(cp, .95)))
    print('per cycle: pushed %.1f, received %.1f (means); conflicts %d, cycles with an error %d'
          % (sum(c['pushed'] for c in cycles) / max(n, 1), sum(c['pulled'] for c in cycles) / max(n, 1),
             sum(c['conflicts'] for c in cycles), sum(1 for c in cycles if c['errors'])))
    print('trytond CPU: %.1f s, %.0f ms per client cycle; PostgreSQL CPU: %.1f s, %.0f ms per cycle'
          % (a.trytond_cpu, 1000 * a.trytond_cpu / max(n, 1), a.postgres_cpu,
             1000 * a.postgres_cpu / max(n, 1)))
    for c in cycles:
        for e in c['errors']:
            print('  cycle error (rep %d, cycle %d): %s' % (c['rep'], c['cycle'], e))

    srv = Server(a.pg)
    ok = True
    print('\nchecks:')
    dups = srv.duplicates()
    bad = [d for d in dups if d[1]]
    print('  no duplicate in Tryton: %s' % ('PASS' if not bad else 'FAIL'))
    for label, count, rows in dups:
        print('    %-52s %d%s' % (label, count, ' e.g. %s' % rows if count else ''))
    ok &= not bad

    lost = []
    workspaces = {i: Workspace(os.path.join(a.run, 'ws-%d.sqlite' % i)) for i in range(1, a.reps + 1)}
    for i, ws in workspaces.items():
        lost += lost_rep_edits(i, edits[i], ws, srv)
    lost += lost_erp_edits(erp, srv)
    print('  no lost edit (%d workspace edits, %d ERP-side): %s'
          % (sum(len(v) for v in edits.values()), len(erp), 'PASS' if not lost else 'FAIL'))
    for p in lost[:20]:
        print('    ' + p)
    if len(lost) > 20:
        print('    ... %d more' % (len(lost) - 20))
    ok &= not lost

    unequal = 0
    for i, ws in workspaces.items():
        problems, customers, notes = compare(ws, srv)
        print('  workspace %d equal to the server (%d customers, %d notes): %s'
              % (i, customers, notes, 'PASS' if not problems else 'FAIL'))
        for p in problems:
            print('    ' + p)
        unequal += bool(problems)
    print('  (Tryton: %d active parties, %d notes on them)' % (len(srv.parties), sum(srv.note_count.values())))
    ok &= unequal == 0
    print('\nresult: %s' % ('all checks pass' if ok else 'a check failed'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
