#!/usr/bin/env python3
"""The ERP side of the load program (scripts/load-test.sh): people working in Tryton itself on
the customers the reps are working on, over JSON-RPC as admin.

  load_erp_editor.py hot URL FILE [COUNT]
      write the ids of the COUNT (default 200) lowest-numbered customer parties (not the
      company's or its employees') as a JSON list: the customers both the reps and this editor touch
  load_erp_editor.py edit URL --minutes D --hot FILE --log FILE [--every SECONDS]
      every SECONDS (default 2) one edit, in turn: a rename, a change of industry category, a
      new note; on a shared customer or on a customer a rep created (identifier SB-...). Each
      edit is one JSON line in the log (what load_check.py verifies at the end).
"""
import argparse
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tryton_rpc import Client, RpcError  # noqa: E402

SUFFIX = ' ·ERP'


def company_parties(c):
    """The company's own parties (its party, its employees'): not customers."""
    return ({row['party'] for row in c.search_read('company.company', [], ['party'])}
            | {row['party'] for row in c.search_read('company.employee', [], ['party'])})


def hot(url, path, count):
    c = Client(url)
    skip = company_parties(c)
    ids = [i for i in c.search('party.party', [], limit=count + len(skip), order=[['id', 'ASC']])
           if i not in skip][:count]
    with open(path, 'w') as fh:
        json.dump(ids, fh)
    print('%d shared customers: ids %d..%d' % (len(ids), ids[0], ids[-1]))


class Editor:
    def __init__(self, url, hot_ids, log):
        self.c = Client(url)
        self.hot = hot_ids
        self.log = log
        self.rng = random.Random(7)
        self.count = 0
        root = self.c.search('party.category', [['name', '=', 'Industry'], ['parent', '=', None]],
                             language='en')
        if not root:
            raise SystemExit('no "Industry" category tree in Tryton (run the demo seed)')
        self.industries = {r['id']: r['name'] for r in self.c.search_read(
            'party.category', [['parent', '=', root[0]]], ['name'], language='en')}

    def rep_parties(self):
        rows = self.c.search_read('party.identifier', [['code', 'like', 'SB-%']], ['party'])
        return sorted({r['party'] for r in rows})

    def target(self):
        own = self.rep_parties() if self.count % 2 else []
        pool = own or self.hot
        return self.rng.choice(pool), bool(own)

    def write(self, entry):
        entry['at'] = time.time()
        self.log.write(json.dumps(entry, ensure_ascii=False) + '\n')
        self.log.flush()

    def once(self):
        self.count += 1
        party, made_by_rep = self.target()
        kind = ('rename', 'industry', 'note')[self.count % 3]
        tag = 'erp-%d' % self.count
        if kind == 'rename':
            name = self.c.read('party.party', [party], ['name'])[0]['name']
            name = name.split(SUFFIX)[0] + SUFFIX + str(self.count)
            self.c.write('party.party', [party], {'name': name})
            self.write({'edit': 'rename', 'party': party, 'value': name, 'rep_made': made_by_rep})
        elif kind == 'industry':
            current = self.c.read('party.party', [party], ['categories'])[0]['categories']
            mine = [i for i in current if i in self.industries]
            new = self.rng.choice([i for i in self.industries if i not in mine])
            ops = [['add', [new]]]
            if mine:
                ops.insert(0, ['remove', mine])
            self.c.write('party.party', [party], {'categories': ops})
            self.write({'edit': 'industry', 'party': party, 'value': self.industries[new],
                        'rep_made': made_by_rep})
        else:
            message = '电话跟进 %s：客户询问交期，已转生产计划。' % tag
            self.c.create('ir.note', [{'resource': 'party.party,%d' % party, 'message': message}])
            self.write({'edit': 'note', 'party': party, 'message': message, 'rep_made': made_by_rep})


def edit(args):
    with open(args.hot) as fh:
        hot_ids = json.load(fh)
    with open(args.log, 'a', encoding='utf-8') as log:
        e = Editor(args.url, hot_ids, log)
        end = time.monotonic() + args.minutes * 60
        errors = 0
        while time.monotonic() < end:
            t = time.monotonic()
            try:
                e.once()
            except RpcError as exc:  # said, counted, and the run goes on
                errors += 1
                print('ERP-side edit failed: %s' % exc, file=sys.stderr, flush=True)
            time.sleep(max(0.0, args.every - (time.monotonic() - t)))
    print('%d ERP-side edits, %d failed' % (e.count, errors))
    return 1 if errors else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == 'hot':
        if len(argv) not in (4, 5):
            print(__doc__.strip(), file=sys.stderr)
            return 2
        hot(argv[2], argv[3], int(argv[4]) if len(argv) == 5 else 200)
        return 0
    p = argparse.ArgumentParser(usage=__doc__)
    p.add_argument('cmd', choices=['edit'])
    p.add_argument('url')
    p.add_argument('--minutes', type=float, required=True)
    p.add_argument('--hot', required=True)
    p.add_argument('--log', required=True)
    p.add_argument('--every', type=float, default=2.0)
    return edit(p.parse_args(argv[1:]))


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv))
    except RpcError as exc:
        print('error: %s' % exc, file=sys.stderr)
        sys.exit(1)
