#!/usr/bin/env python3
"""Contract test of the Feishu Approval v4 emulator (scripts/feishu_emulator.py).

Starts the emulator as a subprocess on a free port and checks it over real HTTP.
Run: python3 tests/oa/emulator_contract_test.py -v
Set EMULATOR_LOG=1 to see the emulator's request log on stderr.
"""

import http.client
import json
import os
import subprocess
import sys
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
EMULATOR = os.path.normpath(os.path.join(HERE, "..", "..", "scripts", "feishu_emulator.py"))
API = "/open-apis/approval/v4"
TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"
FORM = json.dumps([
    {"id": "sb_number", "type": "input", "value": "Q-1001"},
    {"id": "sb_customer", "type": "input", "value": "Acme 上海"},
    {"id": "sb_amount", "type": "amount", "value": "12500.50"},
    {"id": "sb_discount", "type": "number", "value": 12},
], ensure_ascii=False)

PROC = None
BASE = None


def setUpModule():
    global PROC, BASE
    stderr = None if os.environ.get("EMULATOR_LOG") else subprocess.DEVNULL
    PROC = subprocess.Popen([sys.executable, EMULATOR, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=stderr, text=True)
    line = PROC.stdout.readline().strip()
    if not line.startswith("LISTENING "):
        PROC.kill()
        raise RuntimeError("emulator did not start: %r" % line)
    BASE = "http://127.0.0.1:%d" % int(line.split()[1])


def tearDownModule():
    if PROC:
        PROC.terminate()
        try:
            PROC.wait(5)
        except subprocess.TimeoutExpired:
            PROC.kill()
            PROC.wait()
        PROC.stdout.close()


class Resp:
    def __init__(self, status, body, headers):
        self.status = status
        self.body = body
        self.headers = headers

    @property
    def code(self):
        return self.body.get("code")

    @property
    def data(self):
        return self.body.get("data")


def call(method, path, body=None, token=None, query=None, raw=None):
    url = BASE + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json; charset=utf-8")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return Resp(r.status, json.loads(r.read().decode()), r.headers)
    except urllib.error.HTTPError as e:
        return Resp(e.code, json.loads(e.read().decode()), e.headers)


def ctl(path, body=None, method="POST"):
    r = call(method, "/_emulator/" + path, body if body is not None else {})
    assert r.status == 200, (path, r.status, r.body)
    return r.body


class EmulatorTestCase(unittest.TestCase):
    def setUp(self):
        ctl("reset")
        self.token = self.get_token()

    def get_token(self):
        r = call("POST", TOKEN_PATH, {"app_id": "cli_salesbridge", "app_secret": "sb-demo-secret"})
        self.assertEqual(r.status, 200)
        return r.body["tenant_access_token"]

    def api(self, method, path, body=None, query=None, token=None):
        return call(method, API + path, body, token or self.token, query)

    def create(self, code="SB_QUOTE", user="rep1", uuid=None, form=FORM, **extra):
        body = {"approval_code": code, "user_id": user, "form": form}
        if uuid is not None:
            body["uuid"] = uuid
        body.update(extra)
        return self.api("POST", "/instances", body)

    def create_ok(self, **kw):
        r = self.create(**kw)
        self.assertEqual((r.status, r.code), (200, 0), r.body)
        return r.data["instance_code"]

    def get(self, key, **query):
        r = self.api("GET", "/instances/" + key, query=query or None)
        self.assertEqual((r.status, r.code), (200, 0), r.body)
        return r.data

    def task_of(self, inst, user, status="PENDING"):
        for t in inst["task_list"]:
            if t["user_id"] == user and t["status"] == status:
                return t["id"]
        self.fail("no %s task for %s in %s" % (status, user, inst["task_list"]))

    def task_action(self, action, code, user, task_id, approval="SB_QUOTE", id_type="user_id", **extra):
        body = {"approval_code": approval, "instance_code": code, "user_id": user, "task_id": task_id}
        body.update(extra)
        return self.api("POST", "/tasks/" + action, body, query={"user_id_type": id_type})

    def approve_ok(self, code, user, approval="SB_QUOTE", comment=""):
        tid = self.task_of(self.get(code), user)
        r = self.task_action("approve", code, user, tid, approval, comment=comment)
        self.assertEqual((r.status, r.code, r.data), (200, 0, {}), r.body)
        return tid

    def statuses(self, inst):
        return sorted((t["user_id"], t["status"]) for t in inst["task_list"])


class TokenTests(EmulatorTestCase):
    def test_token_shape_and_reuse(self):
        r = call("POST", TOKEN_PATH, {"app_id": "cli_salesbridge", "app_secret": "sb-demo-secret"})
        self.assertEqual(set(r.body), {"code", "msg", "tenant_access_token", "expire"})
        self.assertEqual(r.code, 0)
        self.assertTrue(r.body["tenant_access_token"].startswith("t-"))
        self.assertTrue(0 < r.body["expire"] <= 7200)
        self.assertEqual(r.body["tenant_access_token"], self.token)  # >= 30 min left -> same token

    def test_new_token_when_little_time_left_and_old_stays_valid(self):
        ctl("reset")
        ctl("switches", {"token_ttl": 600})
        first = self.get_token()
        second = self.get_token()
        self.assertNotEqual(first, second)
        for tok in (first, second):
            self.assertEqual(self.api("GET", "/approvals/SB_QUOTE", token=tok).code, 0)

    def test_bad_credentials(self):
        r = call("POST", TOKEN_PATH, {"app_id": "cli_salesbridge", "app_secret": "wrong"})
        self.assertEqual(r.code, 10014)
        self.assertNotIn("tenant_access_token", r.body)

    def test_missing_and_invalid_token(self):
        r = call("GET", API + "/approvals/SB_QUOTE")
        self.assertEqual((r.status, r.code), (400, 99991661))
        r = self.api("GET", "/approvals/SB_QUOTE", token="t-nonsense")
        self.assertEqual((r.status, r.code), (400, 99991663))
        ctl("switches", {"token_error_http": 401})
        r = self.api("GET", "/approvals/SB_QUOTE", token="t-nonsense")
        self.assertEqual((r.status, r.code), (401, 99991663))

    def test_forced_and_natural_expiry(self):
        self.assertEqual(self.api("GET", "/approvals/SB_QUOTE").code, 0)
        ctl("expire_tokens")
        self.assertEqual(self.api("GET", "/approvals/SB_QUOTE").code, 99991663)
        fresh = self.get_token()
        self.assertNotEqual(fresh, self.token)
        self.assertEqual(self.api("GET", "/approvals/SB_QUOTE", token=fresh).code, 0)
        ctl("switches", {"token_ttl": 1})
        ctl("expire_tokens")
        short = self.get_token()
        self.assertEqual(self.api("GET", "/approvals/SB_QUOTE", token=short).code, 0)
        time.sleep(1.1)
        self.assertEqual(self.api("GET", "/approvals/SB_QUOTE", token=short).code, 99991663)


class DefinitionAndCreateTests(EmulatorTestCase):
    def test_definition(self):
        r = self.api("GET", "/approvals/SB_QUOTE_2STEP")
        self.assertEqual(r.code, 0)
        self.assertEqual(r.data["status"], "ACTIVE")
        form = json.loads(r.data["form"])
        self.assertIn("sb_amount", [w["id"] for w in form])
        self.assertEqual([n["node_id"] for n in r.data["node_list"]], ["mgr", "fin"])
        self.assertEqual(self.api("GET", "/approvals/NOPE").code, 1390002)

    def test_create_and_get_by_code_and_uuid(self):
        code = self.create_ok(uuid="Quote-Q1001-v1")
        self.assertRegex(code, r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
        inst = self.get(code)
        self.assertEqual(inst["status"], "PENDING")
        self.assertEqual(inst["end_time"], "0")
        self.assertTrue(inst["start_time"].isdigit() and len(inst["start_time"]) == 13)
        self.assertEqual(inst["user_id"], "rep1")
        self.assertEqual(inst["open_id"], "ou_rep1")
        self.assertIsInstance(inst["form"], str)
        values = {w["id"]: w["value"] for w in json.loads(inst["form"])}
        self.assertEqual(values["sb_customer"], "Acme 上海")
        self.assertEqual(self.statuses(inst), [("mgr1", "PENDING"), ("mgr2", "PENDING")])
        self.assertEqual(inst["timeline"][0]["type"], "START")
        by_uuid = self.get("quote-q1001-V1")  # case-insensitive uuid
        self.assertEqual(by_uuid["instance_code"], code)
        second = self.create_ok()
        self.assertEqual(int(self.get(second)["serial_number"]), int(inst["serial_number"]) + 1)
        r = self.api("GET", "/instances/NOPE")
        self.assertEqual((r.status, r.code), (400, 1390003))

    def test_repeated_uuid(self):
        self.create_ok(uuid="dup-1")
        r = self.create(uuid="DUP-1")
        self.assertEqual(r.code, 60012)
        state = ctl("state", method="GET")
        self.assertEqual(len(state["instances"]), 1)
        self.assertEqual(state["codes"].get("60012"), 1)
        self.assertEqual(state["calls"]["POST /open-apis/approval/v4/instances"], 2)
        self.assertEqual(self.create(uuid="x" * 65).code, 1390001)

    def test_create_errors(self):
        no_value = json.dumps([{"id": "sb_amount", "type": "amount"}])
        r = self.create(form=no_value)
        self.assertEqual((r.status, r.code), (400, 1390001))
        self.assertIn("sb_amount", r.body["msg"])
        self.assertEqual(self.create(form=json.loads(FORM)).code, 1390001)  # not a string
        self.assertEqual(self.create(code="NOPE").code, 1390002)
        ctl("definitions", {"approval_code": "OLD", "approval_name": "Old", "status": "INACTIVE",
                            "form": [], "nodes": [{"node_id": "n", "name": "n", "type": "OR",
                                                   "approvers": ["mgr1"]}]})
        self.assertEqual(self.create(code="OLD", form="[]").code, 1390015)
        r = call("POST", API + "/instances", raw=b"{not json", token=self.token)
        self.assertEqual(r.code, 1390001)
        self.assertEqual(len(ctl("state", method="GET")["instances"]), 0)

    def test_create_with_open_id(self):
        r = self.api("POST", "/instances", {"approval_code": "SB_QUOTE", "open_id": "ou_rep1", "form": FORM})
        self.assertEqual(r.code, 0)
        self.assertEqual(self.get(r.data["instance_code"])["user_id"], "rep1")
        r = self.api("POST", "/instances", {"approval_code": "SB_QUOTE", "open_id": "ou_ghost", "form": FORM})
        self.assertEqual(r.code, 1390004)


class FlowTests(EmulatorTestCase):
    def test_or_node_approve(self):
        code = self.create_ok()
        tid = self.approve_ok(code, "mgr1", comment="fine by me")
        inst = self.get(code)
        self.assertEqual(inst["status"], "APPROVED")
        self.assertNotEqual(inst["end_time"], "0")
        self.assertEqual(self.statuses(inst), [("mgr1", "APPROVED"), ("mgr2", "DONE")])
        passes = [e for e in inst["timeline"] if e["type"] == "PASS"]
        self.assertEqual(len(passes), 1)
        self.assertEqual((passes[0]["user_id"], passes[0]["open_id"], passes[0]["task_id"],
                          passes[0]["comment"]), ("mgr1", "ou_mgr1", tid, "fine by me"))
        # Approving again, or approving the sibling's DONE task -> 1390010.
        r = self.task_action("approve", code, "mgr1", tid)
        self.assertEqual((r.status, r.code), (400, 1390010))
        other = self.task_of(inst, "mgr2", "DONE")
        self.assertEqual(self.task_action("approve", code, "mgr2", other).code, 1390010)

    def test_open_id_is_default_user_id_type(self):
        code = self.create_ok()
        tid = self.task_of(self.get(code), "mgr2")
        r = self.api("POST", "/tasks/approve", {"approval_code": "SB_QUOTE", "instance_code": code,
                                                "user_id": "ou_mgr2", "task_id": tid})
        self.assertEqual(r.code, 0, r.body)
        r = self.task_action("approve", code, "nobody", tid)
        self.assertEqual(r.code, 1390004)

    def test_two_node_flow(self):
        code = self.create_ok(code="SB_QUOTE_2STEP")
        self.approve_ok(code, "mgr1", "SB_QUOTE_2STEP")
        inst = self.get(code)
        self.assertEqual(inst["status"], "PENDING")
        self.assertEqual(self.statuses(inst), [("fin1", "PENDING"), ("mgr1", "APPROVED")])
        self.assertEqual([t["node_id"] for t in inst["task_list"]], ["mgr", "fin"])
        self.approve_ok(code, "fin1", "SB_QUOTE_2STEP")
        inst = self.get(code)
        self.assertEqual(inst["status"], "APPROVED")
        self.assertEqual([e["type"] for e in inst["timeline"]], ["START", "PASS", "PASS"])

    def test_and_node_needs_everyone(self):
        ctl("definitions", {"approval_code": "BOTH", "approval_name": "Both", "status": "ACTIVE",
                            "form": [], "nodes": [{"node_id": "n", "name": "n", "type": "AND",
                                                   "approvers": ["mgr1", "mgr2"]}]})
        code = self.create_ok(code="BOTH", form="[]")
        self.approve_ok(code, "mgr1", "BOTH")
        self.assertEqual(self.get(code)["status"], "PENDING")
        self.approve_ok(code, "mgr2", "BOTH")
        self.assertEqual(self.get(code)["status"], "APPROVED")

    def test_reject_with_comment(self):
        code = self.create_ok()
        tid = self.task_of(self.get(code), "mgr2")
        r = self.task_action("reject", code, "mgr2", tid, comment="margin too low")
        self.assertEqual((r.code, r.data), (0, {}))
        inst = self.get(code)
        self.assertEqual(inst["status"], "REJECTED")
        self.assertNotEqual(inst["end_time"], "0")
        self.assertEqual(self.statuses(inst), [("mgr1", "DONE"), ("mgr2", "REJECTED")])
        rej = [e for e in inst["timeline"] if e["type"] == "REJECT"][0]
        self.assertEqual((rej["user_id"], rej["task_id"], rej["comment"]), ("mgr2", tid, "margin too low"))

    def test_wrong_approver(self):
        code = self.create_ok()
        tid = self.task_of(self.get(code), "mgr1")
        r = self.task_action("approve", code, "fin1", tid)
        self.assertEqual((r.status, r.code), (403, 1390009))
        r = self.task_action("approve", "NOPE", "mgr1", tid)
        self.assertEqual(r.code, 1390003)
        r = self.task_action("approve", code, "mgr1", "123")
        self.assertEqual(r.code, 1390010)
        self.assertEqual(self.get(code)["status"], "PENDING")

    def test_transfer(self):
        code = self.create_ok()
        tid = self.task_of(self.get(code), "mgr1")
        r = self.task_action("transfer", code, "mgr1", tid, transfer_user_id="office1", comment="away")
        self.assertEqual(r.code, 0, r.body)
        inst = self.get(code)
        self.assertEqual(self.statuses(inst),
                         [("mgr1", "TRANSFERRED"), ("mgr2", "PENDING"), ("office1", "PENDING")])
        new = [t for t in inst["task_list"] if t["user_id"] == "office1"][0]
        self.assertEqual(new["node_id"], "mgr")
        tr = [e for e in inst["timeline"] if e["type"] == "TRANSFER"][0]
        self.assertEqual((tr["user_id"], tr["task_id"], tr["comment"]), ("mgr1", tid, "away"))
        self.assertEqual(tr["user_id_list"], ["office1"])
        self.approve_ok(code, "office1")
        self.assertEqual(self.get(code)["status"], "APPROVED")

    def cancel(self, code, user, approval="SB_QUOTE"):
        return self.api("POST", "/instances/cancel",
                        {"approval_code": approval, "instance_code": code, "user_id": user},
                        query={"user_id_type": "user_id"})

    def test_cancel_by_initiator_and_by_someone_else(self):
        code = self.create_ok()
        r = self.cancel(code, "mgr1")
        self.assertEqual((r.status, r.code), (403, 1390009))
        r = self.cancel(code, "rep1")
        self.assertEqual((r.status, r.code, r.data), (200, 0, {}))
        inst = self.get(code)
        self.assertEqual(inst["status"], "CANCELED")
        self.assertNotEqual(inst["end_time"], "0")
        self.assertEqual(self.statuses(inst), [("mgr1", "DONE"), ("mgr2", "DONE")])
        self.assertEqual(inst["timeline"][-1]["type"], "CANCEL")
        tid = self.task_of(inst, "mgr1", "DONE")
        self.assertEqual(self.task_action("approve", code, "mgr1", tid).code, 1390010)

    def test_revoke_canceled_mode(self):
        code = self.create_ok()
        self.approve_ok(code, "mgr1")
        self.assertEqual(self.cancel(code, "rep1").code, 0)
        inst = self.get(code)
        self.assertEqual((inst["status"], inst["reverted"]), ("CANCELED", True))
        self.assertEqual(inst["timeline"][-1]["type"], "CANCEL")

    def test_revoke_pending_mode(self):
        ctl("switches", {"revoke_mode": "pending"})
        code = self.create_ok()
        self.approve_ok(code, "mgr1")
        self.assertEqual(self.cancel(code, "rep1").code, 0)
        inst = self.get(code)
        self.assertEqual(inst["status"], "PENDING")
        self.assertEqual(inst["end_time"], "0")
        pending = [t for t in inst["task_list"] if t["status"] == "PENDING"]
        self.assertEqual(sorted(t["user_id"] for t in pending), ["mgr1", "mgr2"])
        self.approve_ok(code, "mgr2")
        self.assertEqual(self.get(code)["status"], "APPROVED")

    def test_comment(self):
        code = self.create_ok()
        r = self.api("POST", "/instances/%s/comments" % code,
                     {"content": json.dumps({"text": "please hurry"})},
                     query={"user_id_type": "user_id", "user_id": "rep1"})
        self.assertEqual(r.code, 0, r.body)
        self.assertTrue(r.data["comment_id"])
        inst = self.get(code)
        self.assertEqual([(c["user_id"], c["comment"]) for c in inst["comment_list"]],
                         [("rep1", "please hurry")])

    def test_act_control(self):
        code = self.create_ok(code="SB_QUOTE_2STEP")
        r = call("POST", "/_emulator/act", {"action": "approve", "instance_code": code, "user_id": "mgr1"})
        self.assertEqual(r.code, 0, r.body)
        r = call("POST", "/_emulator/act", {"action": "approve", "instance_code": code, "user_id": "mgr1"})
        self.assertEqual(r.code, 1390010)
        r = call("POST", "/_emulator/act", {"action": "reject", "instance_code": code,
                                            "user_id": "fin1", "comment": "no budget"})
        self.assertEqual(r.code, 0)
        inst = self.get(code)
        self.assertEqual(inst["status"], "REJECTED")
        code2 = self.create_ok()
        ctl("act", {"action": "delete_instance", "instance_code": code2})
        inst2 = self.get(code2)
        self.assertEqual(inst2["status"], "DELETED")
        self.assertEqual(inst2["timeline"][-1]["type"], "DELETE")


class ListAndQueryTests(EmulatorTestCase):
    def test_list_by_creation_window_with_paging(self):
        t0 = int(time.time() * 1000) - 1
        codes = [self.create_ok() for _ in range(5)]
        self.create_ok(code="SB_QUOTE_2STEP")
        t1 = int(time.time() * 1000) + 1
        seen, token, pages = [], None, 0
        while True:
            q = {"approval_code": "SB_QUOTE", "start_time": str(t0), "end_time": str(t1), "page_size": 2}
            if token:
                q["page_token"] = token
            r = self.api("GET", "/instances", query=q)
            self.assertEqual(r.code, 0, r.body)
            pages += 1
            seen += r.data["instance_code_list"]
            if not r.data["has_more"]:
                self.assertNotIn("page_token", r.data)
                break
            token = r.data["page_token"]
        self.assertEqual(seen, codes)
        self.assertEqual(pages, 3)
        r = self.api("GET", "/instances", query={"approval_code": "SB_QUOTE", "start_time": str(t1 + 1),
                                                 "end_time": str(t1 + 1000)})
        self.assertEqual(r.data["instance_code_list"], [])
        r = self.api("GET", "/instances", query={"approval_code": "SB_QUOTE", "start_time": "0",
                                                 "end_time": str(t1), "page_size": 101})
        self.assertEqual(r.code, 1390001)

    def test_tasks_query_todo_paging_and_counts(self):
        codes = [self.create_ok() for _ in range(5)]
        q = {"user_id": "mgr1", "topic": "1", "user_id_type": "user_id", "page_size": 2}
        r = self.api("GET", "/tasks/query", query=q)
        self.assertEqual(r.code, 0, r.body)
        self.assertEqual(r.data["count"], {"total": 5, "has_more": False})
        self.assertTrue(r.data["has_more"])
        first = r.data["tasks"]
        self.assertEqual(len(first), 2)
        t = first[0]
        self.assertEqual((t["process_code"], t["process_id"]), (codes[0], codes[0]))
        self.assertEqual((t["status"], t["process_status"]), ("Todo", "Running"))
        self.assertIn("Li Na", t["title"])
        self.assertEqual(t["task_id"], self.task_of(self.get(codes[0]), "mgr1"))
        got = [x["process_code"] for x in first]
        token = r.data["page_token"]
        while token:
            r = self.api("GET", "/tasks/query", query=dict(q, page_token=token))
            self.assertNotIn("count", r.data)
            got += [x["process_code"] for x in r.data["tasks"]]
            token = r.data.get("page_token")
        self.assertEqual(got, codes)
        # After mgr2 decides one, mgr1's todo shrinks; done / initiated topics.
        self.approve_ok(codes[0], "mgr2")
        r = self.api("GET", "/tasks/query", query=dict(q, page_size=200))
        self.assertEqual(r.data["count"]["total"], 4)
        r = self.api("GET", "/tasks/query", query={"user_id": "mgr2", "topic": "2", "user_id_type": "user_id"})
        self.assertEqual([x["process_code"] for x in r.data["tasks"]], [codes[0]])
        ctl("switches", {"task_status_format": "number"})
        r = self.api("GET", "/tasks/query", query={"user_id": "ou_rep1", "topic": "3"})
        self.assertEqual(r.data["count"]["total"], 5)
        statuses = {x["process_code"]: x["process_status"] for x in r.data["tasks"]}
        self.assertEqual(statuses[codes[0]], 2)
        self.assertEqual(statuses[codes[1]], 1)
        r = self.api("GET", "/tasks/query", query=dict(q, page_size=201))
        self.assertEqual(r.code, 1390001)

    def test_instances_query_and_task_search(self):
        a = self.create_ok()
        b = self.create_ok()
        self.approve_ok(b, "mgr1")
        r = self.api("POST", "/instances/query", {"approval_code": "SB_QUOTE", "instance_status": "APPROVED"})
        self.assertEqual(r.code, 0, r.body)
        self.assertEqual([x["instance"]["code"] for x in r.data["instance_list"]], [b])
        self.assertEqual(r.data["instance_list"][0]["instance"]["status"], "approved")
        r = self.api("POST", "/tasks/search", {"user_id": "mgr2", "task_status": "PENDING"},
                     query={"user_id_type": "user_id"})
        self.assertEqual(r.code, 0, r.body)
        self.assertEqual([x["instance"]["code"] for x in r.data["task_list"]], [a])


class LimitsAndFaultsTests(EmulatorTestCase):
    def test_write_rate_limit(self):
        ctl("switches", {"rate_limits": {"write_per_min": 3}})
        for _ in range(3):
            self.assertEqual(self.api("GET", "/approvals/SB_QUOTE").code, 0)
        r = self.create()
        self.assertEqual(r.status, 429)
        self.assertEqual(r.body, {"code": 99991400, "msg": "request trigger frequency limit"})
        self.assertEqual(r.headers["x-ogw-ratelimit-limit"], "3")
        self.assertTrue(1 <= int(r.headers["x-ogw-ratelimit-reset"]) <= 60)
        self.assertEqual(len(ctl("state", method="GET")["instances"]), 0)
        # Reads are a separate class.
        self.assertEqual(self.api("GET", "/instances", query={"approval_code": "SB_QUOTE", "start_time": "0",
                                                              "end_time": "1"}).code, 0)
        ctl("switches", {"rate_limit_http": 400})
        r = self.create()
        self.assertEqual((r.status, r.code), (400, 99991400))
        ctl("switches", {"rate_limits_enabled": False})
        self.assertEqual(self.create().code, 0)
        state = ctl("state", method="GET")
        self.assertEqual(state["codes"]["99991400"], 2)

    def test_read_per_second_limit(self):
        ctl("switches", {"rate_limits": {"read_per_sec": 2}})
        code = self.create_ok()
        self.get(code)
        self.get(code)
        r = self.api("GET", "/instances/" + code)
        self.assertEqual((r.status, r.code), (429, 99991400))
        self.assertEqual(r.headers["x-ogw-ratelimit-limit"], "2")
        self.assertEqual(r.headers["x-ogw-ratelimit-reset"], "1")
        time.sleep(1.05)
        self.get(code)

    def test_fail_next(self):
        ctl("fail_next", {"method": "POST", "path": "/instances$", "code": 1395001, "times": 2})
        for _ in range(2):
            r = self.create(uuid="retry-me")
            self.assertEqual((r.status, r.code), (400, 1395001))
        self.assertEqual(len(ctl("state", method="GET")["instances"]), 0)
        self.create_ok(uuid="retry-me")

    def test_drop_next_then_recover_by_uuid(self):
        ctl("drop_next", {"method": "POST", "path": "^/open-apis/approval/v4/instances$"})
        body = json.dumps({"approval_code": "SB_QUOTE", "user_id": "rep1", "form": FORM,
                           "uuid": "lost-reply"})
        host, port = BASE[len("http://"):].split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("POST", API + "/instances", body=body,
                     headers={"Authorization": "Bearer " + self.token,
                              "Content-Type": "application/json; charset=utf-8"})
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
            conn.getresponse()
        conn.close()
        r = self.create(uuid="lost-reply")
        self.assertEqual(r.code, 60012)
        inst = self.get("lost-reply")
        self.assertEqual(inst["status"], "PENDING")
        self.assertEqual(len(ctl("state", method="GET")["instances"]), 1)

    def test_keep_alive(self):
        host, port = BASE[len("http://"):].split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        for _ in range(3):
            conn.request("GET", API + "/approvals/SB_QUOTE", headers={"Authorization": "Bearer " + self.token})
            resp = conn.getresponse()
            self.assertEqual(json.loads(resp.read())["code"], 0)
        conn.close()


if __name__ == "__main__":
    unittest.main()
