#!/usr/bin/env python3
"""Stateful emulator of the Feishu (Lark) Approval v4 HTTP API for SalesBridge.

Serves the subset of the approval API that SalesBridge uses (token, approval
definition, instances, comments, tasks) plus a control API under /_emulator/
that tests and the demo use to reset state, set switches, inject faults and act
as a Feishu user (approve, reject, ...).

Usage:
    python3 scripts/feishu_emulator.py [--host 127.0.0.1] [--port 0] [--state-file PATH]

After binding it prints exactly one line "LISTENING <port>" to stdout.
Standard library only.
"""

import argparse
import base64
import copy
import json
import math
import os
import re
import signal
import sys
import threading
import time
import uuid as uuidlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

API = "/open-apis/approval/v4"

# ---------------------------------------------------------------------------
# Default setup
# ---------------------------------------------------------------------------

DEFAULT_APPS = {"cli_salesbridge": "sb-demo-secret"}

DEFAULT_USERS = [
    {"user_id": "rep1", "open_id": "ou_rep1", "name": "Li Na 李娜"},
    {"user_id": "mgr1", "open_id": "ou_mgr1", "name": "Wang Fang 王芳"},
    {"user_id": "mgr2", "open_id": "ou_mgr2", "name": "Zhao Lei 赵磊"},
    {"user_id": "fin1", "open_id": "ou_fin1", "name": "Chen Jing 陈静"},
    {"user_id": "office1", "open_id": "ou_office1", "name": "Zhou Min 周敏"},
]

QUOTE_FORM = [
    {"id": "sb_number", "name": "Quote number", "type": "input"},
    {"id": "sb_customer", "name": "Customer", "type": "input"},
    {"id": "sb_amount", "name": "Amount", "type": "amount"},
    {"id": "sb_discount", "name": "Discount %", "type": "number"},
    {"id": "sb_margin", "name": "Margin %", "type": "number"},
    {"id": "sb_lines", "name": "Lines", "type": "textarea"},
    {"id": "sb_link", "name": "Link", "type": "input"},
]

DEFAULT_DEFINITIONS = [
    {
        "approval_code": "SB_QUOTE",
        "approval_name": "Quote approval 报价审批",
        "status": "ACTIVE",
        "form": QUOTE_FORM,
        "nodes": [
            {"node_id": "mgr", "name": "Sales manager 销售经理", "type": "OR",
             "approvers": ["mgr1", "mgr2"]},
        ],
    },
    {
        "approval_code": "SB_QUOTE_2STEP",
        "approval_name": "Quote approval, two steps 报价审批（两级）",
        "status": "ACTIVE",
        "form": QUOTE_FORM,
        "nodes": [
            {"node_id": "mgr", "name": "Sales manager 销售经理", "type": "OR",
             "approvers": ["mgr1"]},
            {"node_id": "fin", "name": "Finance 财务", "type": "AND",
             "approvers": ["fin1"]},
        ],
    },
]

DEFAULT_RATE_LIMITS = {"write_per_min": 100, "read_per_min": 1000, "read_per_sec": 50}

DEFAULT_SWITCHES = {
    # What cancelling an APPROVED instance does: "canceled" -> status CANCELED with
    # reverted=true; "pending" -> back to PENDING with fresh tasks on the first node.
    "revoke_mode": "canceled",
    # HTTP status sent with token errors 99991661 / 99991663.
    "token_error_http": 400,
    # HTTP status sent with rate-limit error 99991400.
    "rate_limit_http": 429,
    # tasks/query status/process_status wire format: "string" ("Todo") or "number" (1).
    "task_status_format": "string",
    "rate_limits": dict(DEFAULT_RATE_LIMITS),
    "rate_limits_enabled": True,
    # Lifetime of newly issued tenant tokens, in seconds (the real service uses 7200).
    "token_ttl": 7200,
}

# A token with at least this many seconds left is handed out again unchanged.
TOKEN_REUSE_SECONDS = 1800

ERROR_MSGS = {
    1390001: "param is invalid",
    1390002: "approval code not found",
    1390003: "instance code not found",
    1390004: "user_id or open_id not found",
    1390007: "subscription existed",
    1390009: "no operation permission",
    1390010: "task not found",
    1390015: "approval is not active",
    1390016: "approval is deleted",
    1395001: "There have been some errors. Please try again later",
    # The message of 60012 is not documented; this wording is the emulator's own.
    60012: "uuid conflict, the instance already exists",
}

MSG_NEED_TOKEN = "Need a token"
MSG_BAD_TOKEN = ("Invalid access token for authorization. "
                 "Please make a request with token attached")
MSG_RATE = "request trigger frequency limit"

TASK_STATUSES = ["PENDING", "APPROVED", "REJECTED", "TRANSFERRED", "DONE"]


def now_ms():
    return int(time.time() * 1000)


class ApiError(Exception):
    """An error answer. gateway=True means a bare {code,msg} body (auth, rate limit)."""

    def __init__(self, code, msg=None, http=None, gateway=False, headers=None):
        super().__init__(code)
        self.code = code
        self.msg = msg if msg is not None else ERROR_MSGS.get(code, "error")
        if http is None:
            http = 403 if code == 1390009 else 400
        self.http = http
        self.gateway = gateway
        self.headers = headers or []


def param_error(detail=None):
    return ApiError(1390001, "param is invalid" + (": " + detail if detail else ""))


def encode_token(obj):
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def decode_token(tok):
    try:
        pad = "=" * (-len(tok) % 4)
        return json.loads(base64.urlsafe_b64decode(tok + pad).decode())
    except Exception:
        raise param_error("page_token")


def parse_int(value, name, default, lo, hi):
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise param_error(name)
    if n < lo or n > hi:
        raise param_error(name + " out of range")
    return n


def parse_ms(value, name, required=True):
    if value is None or value == "":
        if required:
            raise param_error(name + " is required")
        return None
    try:
        return int(str(value))
    except ValueError:
        raise param_error(name)


# ---------------------------------------------------------------------------
# State
# ---------------------------------------------------------------------------

class Emulator:
    def __init__(self, state_file=None):
        self.lock = threading.Lock()
        self.state_file = state_file
        self.reset()
        if state_file and os.path.exists(state_file):
            try:
                self.load(state_file)
                log("loaded state from %s" % state_file)
            except Exception as exc:  # a broken file must not stop the demo
                log("could not load state file %s: %s" % (state_file, exc))
                self.reset()

    # -- setup ------------------------------------------------------------
    def reset(self):
        self.switches = copy.deepcopy(DEFAULT_SWITCHES)
        self.apps = dict(DEFAULT_APPS)
        self.users = {}
        for u in DEFAULT_USERS:
            self.put_user(u)
        self.definitions = {}
        for d in DEFAULT_DEFINITIONS:
            self.put_definition(d)
        self.instances = {}          # instance_code -> internal instance
        self.uuid_index = {}         # lower-case uuid -> instance_code
        self.tokens = {}             # token -> {"app_id", "expires_at"}
        self.subscriptions = []      # [app_id, approval_code]
        self.serial = 0
        self.task_seq = 7000000000000000000
        self.comment_seq = 7100000000000000000
        self.instance_seq = 0
        self.calls = {}
        self.calls_by_code = {}
        self.codes = {}
        self.windows = {}
        self.fail_rules = []
        self.drop_rules = []

    def put_user(self, u):
        uid = str(u.get("user_id") or "")
        if not uid:
            raise param_error("user_id")
        self.users[uid] = {
            "user_id": uid,
            "open_id": str(u.get("open_id") or ("ou_" + uid)),
            "union_id": str(u.get("union_id") or ("on_" + uid)),
            "name": str(u.get("name") or uid),
        }

    def put_definition(self, d):
        code = d.get("approval_code")
        if not code or not isinstance(code, str):
            raise param_error("approval_code")
        form = d.get("form") or []
        nodes = d.get("nodes") or []
        if not isinstance(form, list) or not isinstance(nodes, list):
            raise param_error("form and nodes must be lists")
        clean_form = []
        for w in form:
            if not isinstance(w, dict) or not w.get("id"):
                raise param_error("widget id")
            clean_form.append({"id": str(w["id"]), "custom_id": str(w.get("custom_id") or ""),
                               "name": str(w.get("name") or w["id"]),
                               "type": str(w.get("type") or "input")})
        clean_nodes = []
        for n in nodes:
            if not isinstance(n, dict) or not n.get("node_id"):
                raise param_error("node_id")
            ntype = str(n.get("type") or "OR").upper()
            if ntype not in ("AND", "OR"):
                raise param_error("node type must be AND or OR")
            clean_nodes.append({"node_id": str(n["node_id"]),
                                "custom_node_id": str(n.get("custom_node_id") or ""),
                                "name": str(n.get("name") or n["node_id"]),
                                "type": ntype,
                                "approvers": [str(a) for a in (n.get("approvers") or [])]})
        status = str(d.get("status") or "ACTIVE").upper()
        if status not in ("ACTIVE", "INACTIVE", "DELETED"):
            raise param_error("status")
        self.definitions[code] = {"approval_code": code,
                                  "approval_name": str(d.get("approval_name") or code),
                                  "status": status, "form": clean_form, "nodes": clean_nodes}

    # -- persistence --------------------------------------------------------
    PERSISTED = ["switches", "apps", "users", "definitions", "instances", "uuid_index",
                 "tokens", "subscriptions", "serial", "task_seq", "comment_seq",
                 "instance_seq"]

    def save(self):
        if not self.state_file:
            return
        data = {k: getattr(self, k) for k in self.PERSISTED}
        tmp = self.state_file + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        os.replace(tmp, self.state_file)

    def load(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for k in self.PERSISTED:
            if k in data:
                setattr(self, k, data[k])
        merged = copy.deepcopy(DEFAULT_SWITCHES)
        merged.update(self.switches)
        self.switches = merged

    # -- users --------------------------------------------------------------
    def find_user(self, value, id_type):
        if value is None or value == "":
            return None
        value = str(value)
        if id_type == "user_id":
            return self.users.get(value)
        key = "open_id" if id_type == "open_id" else "union_id"
        for u in self.users.values():
            if u[key] == value:
                return u
        return None

    def require_user(self, value, id_type, name="user_id"):
        if value is None or value == "":
            raise param_error(name + " is required")
        u = self.find_user(value, id_type)
        if u is None:
            raise ApiError(1390004)
        return u

    def ext_id(self, user_id, id_type):
        u = self.users.get(user_id)
        if u is None:
            return user_id
        return u[id_type] if id_type in ("open_id", "union_id") else u["user_id"]

    def user_name(self, user_id):
        u = self.users.get(user_id)
        return u["name"] if u else user_id

    def open_id_of(self, user_id):
        u = self.users.get(user_id)
        return u["open_id"] if u else ""

    # -- tokens -------------------------------------------------------------
    def issue_token(self, app_id):
        now = time.time()
        best = None
        for tok, t in self.tokens.items():
            if t["app_id"] == app_id and (best is None or t["expires_at"] > self.tokens[best]["expires_at"]):
                best = tok
        if best is not None and self.tokens[best]["expires_at"] - now >= TOKEN_REUSE_SECONDS:
            return best, int(self.tokens[best]["expires_at"] - now)
        ttl = max(1, min(7200, int(self.switches["token_ttl"])))
        tok = "t-" + uuidlib.uuid4().hex + uuidlib.uuid4().hex[:8]
        self.tokens[tok] = {"app_id": app_id, "expires_at": now + ttl}
        # Old tokens stay valid until their own expiry; forget long-dead ones.
        for old in [k for k, v in self.tokens.items() if v["expires_at"] < now - 86400]:
            del self.tokens[old]
        return tok, ttl

    def check_auth(self, header):
        http = int(self.switches["token_error_http"])
        if not header or not header.strip():
            raise ApiError(99991661, MSG_NEED_TOKEN, http, gateway=True)
        value = header.strip()
        if value.lower().startswith("bearer"):
            value = value[6:].strip()
        if not value:
            raise ApiError(99991661, MSG_NEED_TOKEN, http, gateway=True)
        t = self.tokens.get(value)
        if t is None or t["expires_at"] <= time.time():
            raise ApiError(99991663, MSG_BAD_TOKEN, http, gateway=True)
        return t["app_id"]

    # -- rate limits (fixed windows per app and endpoint class) ------------
    def check_rate(self, app_id, cls):
        if not self.switches["rate_limits_enabled"] or cls is None:
            return
        rl = self.switches["rate_limits"]
        if cls == "write":
            limits = [(60, rl.get("write_per_min"))]
        else:
            limits = [(1, rl.get("read_per_sec")), (60, rl.get("read_per_min"))]
        limits = [(span, int(lim)) for span, lim in limits if lim is not None and int(lim) > 0]
        now = time.time()
        slots = []
        for span, lim in limits:
            key = "%s|%s|%d" % (app_id, cls, span)
            w = self.windows.get(key)
            if w is None or now >= w[0] + span:
                w = [now, 0]
                self.windows[key] = w
            if w[1] >= lim:
                reset = max(1, int(math.ceil(w[0] + span - now)))
                raise ApiError(99991400, MSG_RATE, int(self.switches["rate_limit_http"]),
                               gateway=True,
                               headers=[("x-ogw-ratelimit-limit", str(lim)),
                                        ("x-ogw-ratelimit-reset", str(reset))])
            slots.append(w)
        for w in slots:
            w[1] += 1

    # -- instances ----------------------------------------------------------
    def lookup_instance(self, key):
        if key in self.instances:
            return self.instances[key]
        code = self.uuid_index.get(str(key).lower())
        if code:
            return self.instances.get(code)
        return None

    def new_task(self, inst, node_index, user_id, now):
        self.task_seq += 1
        node = inst["nodes"][node_index]
        task = {"id": str(self.task_seq), "user_id": user_id, "status": "PENDING",
                "node_index": node_index, "node_id": node["node_id"],
                "custom_node_id": node.get("custom_node_id", ""),
                "node_name": node["name"], "type": node["type"],
                "start_time": now, "end_time": 0, "update_time": now}
        inst["tasks"].append(task)
        return task

    def activate_node(self, inst, node_index, now):
        """Open the given node, or finish the instance as APPROVED past the last node."""
        if node_index >= len(inst["nodes"]):
            inst["status"] = "APPROVED"
            inst["end_time"] = now
            return
        inst["current_node"] = node_index
        for uid in inst["nodes"][node_index]["approvers"]:
            self.new_task(inst, node_index, uid, now)

    def add_timeline(self, inst, ttype, user_id, now, task_id="", comment="", ext=None,
                     node_key="", user_id_list=None):
        entry = {"type": ttype, "create_time": now, "user_id": user_id or "",
                 "open_id": self.open_id_of(user_id) if user_id else "",
                 "task_id": task_id, "comment": comment or "",
                 "ext": json.dumps(ext or {}, ensure_ascii=False), "node_key": node_key}
        if user_id_list:
            entry["user_id_list"] = list(user_id_list)
            entry["open_id_list"] = [self.open_id_of(u) for u in user_id_list]
        inst["timeline"].append(entry)

    def close_open_tasks(self, inst, now, except_id=None):
        for t in inst["tasks"]:
            if t["status"] == "PENDING" and t["id"] != except_id:
                t["status"] = "DONE"
                t["end_time"] = now
                t["update_time"] = now

    def render_instance(self, inst):
        d = self.definitions.get(inst["approval_code"], {})
        return {
            "approval_code": inst["approval_code"],
            "approval_name": d.get("approval_name", inst.get("approval_name", "")),
            "instance_code": inst["instance_code"],
            "start_time": str(inst["start_time"]),
            "end_time": str(inst["end_time"] or 0),
            "user_id": inst["user_id"],
            "open_id": self.open_id_of(inst["user_id"]),
            "serial_number": inst["serial_number"],
            "department_id": inst.get("department_id", ""),
            "status": inst["status"],
            "uuid": inst.get("uuid", ""),
            "form": inst["form"],
            "reverted": bool(inst.get("reverted")),
            "modified_instance_code": "",
            "reverted_instance_code": "",
            "task_list": [{
                "id": t["id"], "user_id": t["user_id"], "open_id": self.open_id_of(t["user_id"]),
                "status": t["status"], "node_id": t["node_id"],
                "custom_node_id": t.get("custom_node_id", ""),
                "node_name": t["node_name"], "type": t["type"],
                "start_time": str(t["start_time"]), "end_time": str(t["end_time"] or 0),
            } for t in inst["tasks"]],
            "comment_list": [{
                "id": c["id"], "user_id": c["user_id"], "open_id": self.open_id_of(c["user_id"]),
                "comment": c["text"], "create_time": str(c["create_time"]), "files": c.get("files", []),
            } for c in inst["comments"] if not c.get("deleted")],
            "timeline": [dict(e, create_time=str(e["create_time"])) for e in inst["timeline"]],
        }

    # -- actions shared by the API and /_emulator/act -----------------------
    def find_task_for_action(self, inst, user, task_id):
        if task_id in (None, ""):
            for t in inst["tasks"]:
                if t["status"] == "PENDING" and t["user_id"] == user["user_id"]:
                    return t
            raise ApiError(1390010)
        task = next((t for t in inst["tasks"] if t["id"] == str(task_id)), None)
        if task is None or task["status"] != "PENDING":
            raise ApiError(1390010)
        if task["user_id"] != user["user_id"]:
            raise ApiError(1390009)
        return task

    def do_approve(self, inst, user, task_id, comment):
        task = self.find_task_for_action(inst, user, task_id)
        now = now_ms()
        task.update(status="APPROVED", end_time=now, update_time=now)
        self.add_timeline(inst, "PASS", user["user_id"], now, task["id"], comment,
                          node_key=task["node_id"])
        node_index = task["node_index"]
        siblings = [t for t in inst["tasks"] if t["node_index"] == node_index and t["status"] == "PENDING"]
        if task["type"] == "OR":
            for t in siblings:
                t.update(status="DONE", end_time=now, update_time=now)
            self.activate_node(inst, node_index + 1, now)
        elif not siblings:
            self.activate_node(inst, node_index + 1, now)

    def do_reject(self, inst, user, task_id, comment):
        task = self.find_task_for_action(inst, user, task_id)
        now = now_ms()
        task.update(status="REJECTED", end_time=now, update_time=now)
        self.add_timeline(inst, "REJECT", user["user_id"], now, task["id"], comment,
                          node_key=task["node_id"])
        self.close_open_tasks(inst, now)
        inst["status"] = "REJECTED"
        inst["end_time"] = now

    def do_transfer(self, inst, user, task_id, target, comment):
        task = self.find_task_for_action(inst, user, task_id)
        now = now_ms()
        task.update(status="TRANSFERRED", end_time=now, update_time=now)
        self.add_timeline(inst, "TRANSFER", user["user_id"], now, task["id"], comment,
                          ext={"user_id": target["user_id"]}, node_key=task["node_id"],
                          user_id_list=[target["user_id"]])
        self.new_task(inst, task["node_index"], target["user_id"], now)

    def do_cancel(self, inst, user):
        if inst["user_id"] != user["user_id"]:
            # Only the initiator may withdraw; the exact code is undocumented,
            # the emulator answers "no operation permission".
            raise ApiError(1390009)
        now = now_ms()
        if inst["status"] == "PENDING":
            self.close_open_tasks(inst, now)
            inst["status"] = "CANCELED"
            inst["end_time"] = now
            self.add_timeline(inst, "CANCEL", user["user_id"], now)
        elif inst["status"] == "APPROVED":
            if inst.get("forbid_revoke"):
                raise ApiError(1390009, "no operation permission: revoke is forbidden")
            self.add_timeline(inst, "CANCEL", user["user_id"], now)
            if self.switches["revoke_mode"] == "pending":
                inst["status"] = "PENDING"
                inst["end_time"] = 0
                self.activate_node(inst, 0, now)
            else:
                inst["status"] = "CANCELED"
                inst["reverted"] = True
                inst["end_time"] = now
        else:
            raise param_error("instance is %s and cannot be cancelled" % inst["status"])

    def do_delete(self, inst, user):
        if inst["status"] == "DELETED":
            raise param_error("instance is already deleted")
        now = now_ms()
        self.close_open_tasks(inst, now)
        inst["status"] = "DELETED"
        inst["end_time"] = now
        self.add_timeline(inst, "DELETE", user["user_id"] if user else "", now)

    def do_comment(self, inst, user, text, files=None, parent_id="", comment_id=""):
        now = now_ms()
        if comment_id:
            c = next((c for c in inst["comments"] if c["id"] == str(comment_id)), None)
            if c is None:
                raise param_error("comment_id not found")
            c.update(text=text, files=files or [], update_time=now)
            return c["id"]
        self.comment_seq += 1
        c = {"id": str(self.comment_seq), "user_id": user["user_id"], "text": text,
             "files": files or [], "create_time": now, "update_time": now,
             "parent_comment_id": str(parent_id or "")}
        inst["comments"].append(c)
        return c["id"]


def log(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# API handlers. Each gets (emu, req) and returns data for the envelope
# ---------------------------------------------------------------------------

class Req:
    def __init__(self, method, path, query, body, groups):
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.groups = groups
        self.app_id = None

    def q(self, name, default=None):
        v = self.query.get(name)
        return v[0] if v else default

    def id_type(self):
        t = self.q("user_id_type", "open_id") or "open_id"
        if t not in ("open_id", "user_id", "union_id"):
            raise param_error("user_id_type")
        return t

    def b(self, name, default=None):
        v = self.body.get(name, default) if isinstance(self.body, dict) else default
        return v


def h_token(emu, req):
    app_id = req.b("app_id")
    secret = req.b("app_secret")
    if not isinstance(app_id, str) or not isinstance(secret, str) or not app_id or not secret:
        raise ApiError(10003, "invalid param", gateway=True)
    if emu.apps.get(app_id) != secret:
        # Which code the real endpoint sends for bad credentials is not documented;
        # the emulator chooses 10014 "app secret invalid".
        raise ApiError(10014, "app secret invalid", gateway=True)
    tok, expire = emu.issue_token(app_id)
    return {"__flat__": {"code": 0, "msg": "ok", "tenant_access_token": tok, "expire": expire}}


def h_definition(emu, req):
    id_type = req.id_type()
    d = emu.definitions.get(req.groups[0])
    if d is None:
        raise ApiError(1390002)
    if d["status"] == "DELETED":
        raise ApiError(1390016)
    form = [{"id": w["id"], "custom_id": w["custom_id"], "name": w["name"], "type": w["type"],
             "enable_default_value": False, "widget_default_value": "",
             "default_value_type": "", "display_condition": None,
             "printable": True, "required": False} for w in d["form"]]
    nodes = [{"name": n["name"], "need_approver": False, "node_id": n["node_id"],
              "custom_node_id": n["custom_node_id"], "node_type": n["type"],
              "approver_chosen_multi": True,
              "approver_chosen_range": [{"approver_range_type": 2,
                                         "approver_range_ids": [emu.ext_id(a, id_type) for a in n["approvers"]]}],
              "require_signature": False} for n in d["nodes"]]
    return {"approval_name": d["approval_name"], "status": d["status"],
            "form": json.dumps(form, ensure_ascii=False), "node_list": nodes,
            "viewers": [{"type": "TENANT", "id": "", "user_id": ""}], "approval_admin_ids": []}


def _validate_form(defn, form):
    if not isinstance(form, str):
        raise param_error("form must be a JSON string")
    try:
        widgets = json.loads(form)
    except ValueError:
        raise param_error("form is not valid JSON")
    if not isinstance(widgets, list):
        raise param_error("form must be a JSON array")
    by_id = {}
    for w in defn["form"]:
        by_id[w["id"]] = w
        if w["custom_id"]:
            by_id[w["custom_id"]] = w
    out = []
    for w in widgets:
        if not isinstance(w, dict) or not w.get("id"):
            raise param_error("widget without id")
        wid = str(w["id"])
        dw = by_id.get(wid)
        if dw is None:
            raise param_error("控件=%s not found" % wid)
        if "value" not in w:
            raise param_error("控件=%s has no value" % wid)
        value = w["value"]
        if dw["type"] in ("number", "amount"):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            if isinstance(value, str):
                try:
                    float(value)
                    ok = True
                except ValueError:
                    ok = False
            if not ok:
                raise param_error("控件=%s value must be a number" % wid)
        item = {"id": dw["id"], "custom_id": dw["custom_id"], "name": dw["name"],
                "type": dw["type"], "value": value}
        if "ext" in w:
            item["ext"] = w["ext"]
        out.append(item)
    return json.dumps(out, ensure_ascii=False)


def h_create(emu, req):
    if not isinstance(req.body, dict):
        raise param_error("body")
    code = req.b("approval_code")
    if not code:
        raise param_error("approval_code is required")
    defn = emu.definitions.get(code)
    if defn is None:
        raise ApiError(1390002)
    if defn["status"] != "ACTIVE":
        raise ApiError(1390015)
    if req.b("user_id"):
        user = emu.require_user(req.b("user_id"), "user_id")
    elif req.b("open_id"):
        user = emu.require_user(req.b("open_id"), "open_id")
    else:
        raise param_error("user_id or open_id is required")
    if req.b("form") is None:
        raise param_error("form is required")
    form = _validate_form(defn, req.b("form"))
    uid = req.b("uuid")
    if uid is not None:
        if not isinstance(uid, str) or not (1 <= len(uid) <= 64):
            raise param_error("uuid must be 1-64 characters")
    # Approvers chosen at create time replace a node's approvers.
    nodes = copy.deepcopy(defn["nodes"])
    for field, id_type in (("node_approver_user_id_list", "user_id"),
                           ("node_approver_open_id_list", "open_id")):
        for item in req.b(field) or []:
            if not isinstance(item, dict):
                raise param_error(field)
            node = next((n for n in nodes if item.get("key") in (n["node_id"], n["custom_node_id"])), None)
            if node is None:
                raise param_error(field + " key")
            chosen = [emu.require_user(v, id_type)["user_id"] for v in item.get("value") or []]
            if node.get("_chosen"):
                node["approvers"] = list(dict.fromkeys(node["approvers"] + chosen))
            else:
                node["approvers"] = chosen
                node["_chosen"] = True
    for n in nodes:
        n.pop("_chosen", None)
        if not n["approvers"]:
            raise param_error("node %s has no approver" % n["node_id"])
    if uid is not None and uid.lower() in emu.uuid_index:
        raise ApiError(60012)
    now = now_ms()
    emu.serial += 1
    emu.instance_seq += 1
    inst = {"instance_code": str(uuidlib.uuid4()).upper(), "approval_code": code,
            "approval_name": defn["approval_name"], "uuid": uid or "",
            "user_id": user["user_id"], "department_id": str(req.b("department_id") or ""),
            "form": form, "status": "PENDING", "start_time": now, "end_time": 0,
            "serial_number": str(emu.serial), "seq": emu.instance_seq, "reverted": False,
            "forbid_revoke": bool(req.b("forbid_revoke")), "nodes": nodes,
            "current_node": 0, "tasks": [], "timeline": [], "comments": []}
    emu.add_timeline(inst, "START", user["user_id"], now)
    emu.activate_node(inst, 0, now)
    emu.instances[inst["instance_code"]] = inst
    if uid:
        emu.uuid_index[uid.lower()] = inst["instance_code"]
    return {"instance_code": inst["instance_code"]}


def h_get(emu, req):
    req.id_type()
    inst = emu.lookup_instance(req.groups[0])
    if inst is None:
        raise ApiError(1390003)
    if req.q("user_id"):
        emu.require_user(req.q("user_id"), req.id_type())
    return emu.render_instance(inst)


def _sorted_instances(emu):
    return sorted(emu.instances.values(), key=lambda i: (i["start_time"], i["seq"]))


def h_list(emu, req):
    code = req.q("approval_code")
    if not code:
        raise param_error("approval_code is required")
    start = parse_ms(req.q("start_time"), "start_time")
    end = parse_ms(req.q("end_time"), "end_time")
    if end < start:
        raise param_error("end_time before start_time")
    size = parse_int(req.q("page_size"), "page_size", 100, 1, 100)
    if code not in emu.definitions:
        raise ApiError(1390002)
    rows = [i for i in _sorted_instances(emu)
            if i["approval_code"] == code and start <= i["start_time"] <= end]
    tok = req.q("page_token")
    if tok:
        after = decode_token(tok).get("after")
        if not isinstance(after, list) or len(after) != 2:
            raise param_error("page_token")
        rows = [i for i in rows if [i["start_time"], i["seq"]] > after]
    page = rows[:size]
    data = {"instance_code_list": [i["instance_code"] for i in page], "has_more": len(rows) > size}
    if data["has_more"]:
        data["page_token"] = encode_token({"after": [page[-1]["start_time"], page[-1]["seq"]]})
    return data


def _offset_page(rows, req, default_size, lo, hi):
    size = parse_int(req.q("page_size"), "page_size", default_size, lo, hi)
    tok = req.q("page_token")
    offset = 0
    if tok:
        offset = decode_token(tok).get("offset")
        if not isinstance(offset, int) or offset < 0:
            raise param_error("page_token")
    page = rows[offset:offset + size]
    has_more = offset + size < len(rows)
    extra = {"has_more": has_more}
    if has_more:
        extra["page_token"] = encode_token({"offset": offset + size})
    return page, extra, not tok


def _window(body, a, b):
    fa, fb = body.get(a), body.get(b)
    if (fa in (None, "")) != (fb in (None, "")):
        raise param_error("%s and %s must be given together" % (a, b))
    if fa in (None, ""):
        return None
    lo, hi = parse_ms(fa, a), parse_ms(fb, b)
    if hi < lo or hi - lo > 30 * 86400 * 1000:
        raise param_error("time window must be at most 30 days")
    return lo, hi


INSTANCE_STATUS_FILTER = {"PENDING": "PENDING", "RECALL": "CANCELED", "REJECT": "REJECTED",
                          "DELETED": "DELETED", "APPROVED": "APPROVED"}


def _link(code):
    return {"pc_link": "https://applink.feishu.cn/client/mini_program/open?mode=appCenter&instanceId=" + code,
            "mobile_link": "https://applink.feishu.cn/client/mini_program/open?instanceId=" + code}


def _instance_summary(emu, inst, id_type):
    return {"code": inst["instance_code"], "external_id": "",
            "user_id": emu.ext_id(inst["user_id"], id_type),
            "start_time": str(inst["start_time"]), "end_time": str(inst["end_time"] or 0),
            "status": inst["status"].lower(), "title": inst["approval_name"], "extra": "",
            "serial_id": inst["serial_number"], "link": _link(inst["instance_code"])}


def _approval_summary(emu, inst):
    return {"code": inst["approval_code"], "name": inst["approval_name"], "is_external": False,
            "external": {"batch_cc_read": False}, "approval_id": inst["approval_code"], "icon": ""}


def _common_filters(emu, req, body):
    id_type = req.id_type()
    user = emu.require_user(body["user_id"], id_type) if body.get("user_id") else None
    code = body.get("approval_code")
    if code and code not in emu.definitions:
        raise ApiError(1390002)
    icode = body.get("instance_code")
    inst_filter = None
    if icode:
        inst = emu.lookup_instance(icode)
        if inst is None:
            raise ApiError(1390003)
        inst_filter = inst["instance_code"]
    if not (user or code or icode or body.get("instance_external_id") or body.get("group_external_id")):
        raise param_error("one of user_id, approval_code, instance_code is required")
    st = body.get("instance_status") or "ALL"
    if st != "ALL" and st not in INSTANCE_STATUS_FILTER:
        raise param_error("instance_status")
    return id_type, user, code, inst_filter, st


def h_query(emu, req):
    body = req.body if isinstance(req.body, dict) else {}
    id_type, user, code, icode, st = _common_filters(emu, req, body)
    win = _window(body, "instance_start_time_from", "instance_start_time_to")
    rows = []
    for inst in _sorted_instances(emu):
        if inst.get("reverted"):
            continue  # revoked instances are filtered out, as documented
        if user and inst["user_id"] != user["user_id"]:
            continue
        if code and inst["approval_code"] != code:
            continue
        if icode and inst["instance_code"] != icode:
            continue
        if st != "ALL" and inst["status"] != INSTANCE_STATUS_FILTER[st]:
            continue
        if win and not (win[0] <= inst["start_time"] <= win[1]):
            continue
        rows.append(inst)
    page, extra, _first = _offset_page(rows, req, 10, 5, 200)
    data = {"count": len(rows),
            "instance_list": [{"approval": _approval_summary(emu, i),
                               "group": {"external_id": "", "name": ""},
                               "instance": _instance_summary(emu, i, id_type)} for i in page]}
    data.update(extra)
    return data


TASK_SEARCH_STATUSES = ["PENDING", "REJECTED", "APPROVED", "TRANSFERRED", "DONE", "RM_REPEAT",
                        "PROCESSED", "ALL"]


def h_task_search(emu, req):
    body = req.body if isinstance(req.body, dict) else {}
    id_type, user, code, icode, st = _common_filters(emu, req, body)
    win = _window(body, "task_start_time_from", "task_start_time_to")
    statuses = body.get("task_status_list") or ([body["task_status"]] if body.get("task_status") else ["ALL"])
    if not isinstance(statuses, list) or any(s not in TASK_SEARCH_STATUSES for s in statuses):
        raise param_error("task_status")
    order = body.get("order", 2)
    if order not in (0, 1, 2, 3):
        raise param_error("order")
    rows = []
    for inst in _sorted_instances(emu):
        if inst.get("reverted"):
            continue
        if code and inst["approval_code"] != code:
            continue
        if icode and inst["instance_code"] != icode:
            continue
        if st != "ALL" and inst["status"] != INSTANCE_STATUS_FILTER[st]:
            continue
        for t in inst["tasks"]:
            if user and t["user_id"] != user["user_id"]:
                continue
            if "ALL" not in statuses:
                want = set(statuses)
                if "PROCESSED" in want:
                    want |= {"APPROVED", "REJECTED", "TRANSFERRED"}
                if t["status"] not in want:
                    continue
            if win and not (win[0] <= t["start_time"] <= win[1]):
                continue
            rows.append((inst, t))
    keyf = {0: lambda r: -r[1]["update_time"], 1: lambda r: r[1]["update_time"],
            2: lambda r: -r[1]["start_time"], 3: lambda r: r[1]["start_time"]}[order]
    rows.sort(key=lambda r: (keyf(r), int(r[1]["id"])))
    page, extra, _first = _offset_page(rows, req, 10, 5, 200)
    out = []
    for inst, t in page:
        out.append({"approval": _approval_summary(emu, inst),
                    "group": {"external_id": "", "name": ""},
                    "instance": _instance_summary(emu, inst, id_type),
                    "task": {"user_id": emu.ext_id(t["user_id"], id_type),
                             "start_time": str(t["start_time"]), "end_time": str(t["end_time"] or 0),
                             "status": t["status"].lower(), "title": inst["approval_name"],
                             "extra": "", "link": _link(inst["instance_code"]), "task_id": t["id"],
                             "update_time": str(t["update_time"]), "task_external_id": ""}})
    data = {"count": len(rows), "task_list": out}
    data.update(extra)
    return data


def _instance_for_write(emu, req):
    """Common checks of cancel/approve/reject/transfer: params, approval, instance."""
    if not isinstance(req.body, dict):
        raise param_error("body")
    id_type = req.id_type()
    for f in ("approval_code", "instance_code", "user_id"):
        if not req.b(f):
            raise param_error(f + " is required")
    if req.b("approval_code") not in emu.definitions:
        raise ApiError(1390002)
    inst = emu.instances.get(str(req.b("instance_code")))
    if inst is None or inst["approval_code"] != req.b("approval_code"):
        raise ApiError(1390003)
    user = emu.require_user(req.b("user_id"), id_type)
    return inst, user, id_type


def _task_id(req):
    tid = req.b("task_id")
    if tid in (None, ""):
        raise param_error("task_id is required")
    return str(tid)


def h_cancel(emu, req):
    inst, user, _ = _instance_for_write(emu, req)
    emu.do_cancel(inst, user)
    return {}


def h_approve(emu, req):
    inst, user, _ = _instance_for_write(emu, req)
    emu.do_approve(inst, user, _task_id(req), str(req.b("comment") or ""))
    return {}


def h_reject(emu, req):
    inst, user, _ = _instance_for_write(emu, req)
    emu.do_reject(inst, user, _task_id(req), str(req.b("comment") or ""))
    return {}


def h_transfer(emu, req):
    inst, user, id_type = _instance_for_write(emu, req)
    tid = _task_id(req)
    target = emu.require_user(req.b("transfer_user_id"), id_type, "transfer_user_id")
    emu.do_transfer(inst, user, tid, target, str(req.b("comment") or ""))
    return {}


def h_comment_create(emu, req):
    id_type = req.id_type()
    inst = emu.lookup_instance(req.groups[0])
    user = emu.require_user(req.q("user_id"), id_type)
    if inst is None:
        raise ApiError(1390003)
    content = req.b("content")
    try:
        parsed = json.loads(content) if isinstance(content, str) else None
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        raise param_error("content must be a JSON string with text")
    cid = emu.do_comment(inst, user, str(parsed.get("text") or ""), parsed.get("files") or [],
                         req.b("parent_comment_id") or "", req.b("comment_id") or "")
    return {"comment_id": cid}


def h_comment_list(emu, req):
    id_type = req.id_type()
    inst = emu.lookup_instance(req.groups[0])
    emu.require_user(req.q("user_id"), id_type)
    if inst is None:
        raise ApiError(1390003)
    rows = [c for c in inst["comments"] if not c.get("deleted")]
    page, extra, _first = _offset_page(rows, req, 20, 1, 100)
    data = {"comments": [{"id": c["id"],
                          "content": json.dumps({"text": c["text"], "files": c["files"]}, ensure_ascii=False),
                          "create_time": str(c["create_time"]), "update_time": str(c["update_time"]),
                          "is_delete": 0, "replies": [], "at_info_list": [],
                          "commentator": emu.ext_id(c["user_id"], id_type), "extra": ""} for c in page]}
    data.update(extra)
    return data


TASK_STATUS_CODES = {"Todo": 1, "Done": 2, "Unread": 17, "Read": 18, "Processing": 33, "Withdrawn": 34}
PROCESS_STATUS_CODES = {"None": 0, "Running": 1, "Approved": 2, "Rejected": 3, "Revoked": 4, "Terminated": 5}


def _process_status(inst):
    return {"PENDING": "Running", "APPROVED": "Approved", "REJECTED": "Rejected",
            "CANCELED": "Revoked", "DELETED": "Terminated"}.get(inst["status"], "None")


def h_tasks_query(emu, req):
    id_type = req.id_type()
    topic = req.q("topic")
    if topic not in ("1", "2", "3", "17", "18"):
        raise param_error("topic")
    user = emu.require_user(req.q("user_id"), id_type)
    entries = []  # (status name, instance, task or None)
    for inst in _sorted_instances(emu):
        if topic == "3":
            if inst["user_id"] == user["user_id"]:
                st = {"PENDING": "Processing", "CANCELED": "Withdrawn"}.get(inst["status"], "Done")
                entries.append((st, inst, None))
            continue
        if topic in ("17", "18"):
            continue  # the emulator has no cc
        for t in inst["tasks"]:
            if t["user_id"] != user["user_id"]:
                continue
            if topic == "1" and t["status"] == "PENDING":
                entries.append(("Todo", inst, t))
            elif topic == "2" and t["status"] in ("APPROVED", "REJECTED", "TRANSFERRED"):
                entries.append(("Done", inst, t))
    page, extra, first = _offset_page(entries, req, 100, 1, 200)
    numeric = emu.switches["task_status_format"] == "number"
    tasks = []
    for st, inst, t in page:
        ps = _process_status(inst)
        initiator = inst["user_id"]
        tasks.append({
            "topic": topic, "user_id": emu.ext_id(user["user_id"], id_type),
            "title": "%s | %s" % (inst["approval_name"], emu.user_name(initiator)),
            "urls": {"helpdesk": "", "mobile": _link(inst["instance_code"])["mobile_link"],
                     "pc": _link(inst["instance_code"])["pc_link"]},
            "process_external_id": "", "task_external_id": "",
            "status": TASK_STATUS_CODES[st] if numeric else st,
            "process_status": PROCESS_STATUS_CODES[ps] if numeric else ps,
            "definition_code": inst["approval_code"],
            "initiators": [emu.ext_id(initiator, id_type)],
            "initiator_names": [emu.user_name(initiator)],
            "task_id": t["id"] if t else "",
            "process_id": inst["instance_code"], "process_code": inst["instance_code"],
            "definition_group_id": "", "definition_group_name": "",
            "definition_id": inst["approval_code"], "definition_name": inst["approval_name"],
        })
    data = {"tasks": tasks}
    data.update(extra)
    if first:
        total = len(entries)
        data["count"] = {"total": min(total, 999), "has_more": total >= 1000}
    return data


def _subscription(emu, req, on):
    code = req.groups[0]
    if code not in emu.definitions:
        raise ApiError(1390002)
    key = [req.app_id, code]
    present = key in emu.subscriptions
    if on == present:
        raise ApiError(1390007)
    if on:
        emu.subscriptions.append(key)
    else:
        emu.subscriptions.remove(key)
    return {}


# (method, path regex, template, handler, rate class, mutating)
ROUTES = [
    ("POST", "/open-apis/auth/v3/tenant_access_token/internal", None, h_token, None, True),
    ("GET", API + "/approvals/([^/]+)", API + "/approvals/:approval_code", h_definition, "write", False),
    ("POST", API + "/approvals/([^/]+)/subscribe", API + "/approvals/:approval_code/subscribe",
     lambda e, r: _subscription(e, r, True), "write", True),
    ("POST", API + "/approvals/([^/]+)/unsubscribe", API + "/approvals/:approval_code/unsubscribe",
     lambda e, r: _subscription(e, r, False), "write", True),
    ("POST", API + "/instances", None, h_create, "write", True),
    ("GET", API + "/instances", None, h_list, "read", False),
    ("POST", API + "/instances/query", None, h_query, "read", False),
    ("POST", API + "/instances/cancel", None, h_cancel, "write", True),
    ("POST", API + "/instances/([^/]+)/comments", API + "/instances/:id/comments", h_comment_create, "read", True),
    ("GET", API + "/instances/([^/]+)/comments", API + "/instances/:id/comments", h_comment_list, "read", False),
    ("GET", API + "/instances/([^/]+)", API + "/instances/:id", h_get, "read", False),
    ("POST", API + "/tasks/approve", None, h_approve, "write", True),
    ("POST", API + "/tasks/reject", None, h_reject, "write", True),
    ("POST", API + "/tasks/transfer", None, h_transfer, "write", True),
    ("GET", API + "/tasks/query", None, h_tasks_query, "read", False),
    ("POST", API + "/tasks/search", None, h_task_search, "read", False),
]
ROUTES = [(m, re.compile(p), m + " " + (t or p), h, c, mut) for m, p, t, h, c, mut in ROUTES]


# ---------------------------------------------------------------------------
# Control API
# ---------------------------------------------------------------------------

def c_reset(emu, body):
    emu.reset()
    return {}


def c_switches(emu, body):
    s = emu.switches
    for k, v in body.items():
        if k == "revoke_mode" and v in ("canceled", "pending"):
            s[k] = v
        elif k in ("token_error_http", "rate_limit_http") and isinstance(v, int) and 100 <= v <= 599:
            s[k] = v
        elif k == "task_status_format" and v in ("string", "number"):
            s[k] = v
        elif k == "rate_limits" and isinstance(v, dict):
            for rk, rv in v.items():
                if rk not in DEFAULT_RATE_LIMITS or not isinstance(rv, int) or rv < 0:
                    raise param_error("rate_limits.%s" % rk)
                s["rate_limits"][rk] = rv
            emu.windows = {}
        elif k == "rate_limits_enabled" and isinstance(v, bool):
            s[k] = v
            emu.windows = {}
        elif k == "token_ttl" and isinstance(v, int) and 1 <= v <= 7200:
            s[k] = v
        else:
            raise param_error("switch %s=%r" % (k, v))
    return copy.deepcopy(s)


def c_users(emu, body):
    users = body.get("users")
    if not isinstance(users, list):
        raise param_error("users must be a list")
    for u in users:
        if not isinstance(u, dict):
            raise param_error("user")
        emu.put_user(u)
    return {"users": list(emu.users.values())}


def c_definitions(emu, body):
    emu.put_definition(body)
    return {"approval_code": body["approval_code"]}


def c_expire_tokens(emu, body):
    for t in emu.tokens.values():
        t["expires_at"] = 0
    return {}


def _rule(body, with_code):
    method = str(body.get("method") or "").upper()
    path = body.get("path") or ".*"
    try:
        rx = re.compile(path)
    except re.error:
        raise param_error("path regex")
    times = body.get("times", 1)
    if not isinstance(times, int) or times < 1:
        raise param_error("times")
    rule = {"method": method, "path": path, "rx": rx, "times": times}
    if with_code:
        code = body.get("code", 1395001)
        if not isinstance(code, int):
            raise param_error("code")
        rule["code"] = code
        rule["http"] = int(body.get("http", 403 if code == 1390009 else 400))
        rule["msg"] = body.get("msg") or ERROR_MSGS.get(code, "error")
    return rule


def c_fail_next(emu, body):
    emu.fail_rules.append(_rule(body, True))
    return {}


def c_drop_next(emu, body):
    emu.drop_rules.append(_rule(body, False))
    return {}


def c_act(emu, body):
    action = body.get("action")
    inst = emu.lookup_instance(str(body.get("instance_code") or ""))
    if inst is None:
        raise ApiError(1390003)
    user = None
    if body.get("user_id") or action != "delete_instance":
        user = emu.require_user(body.get("user_id"), "user_id")
    comment = str(body.get("comment") or "")
    task_id = body.get("task_id")
    if action == "approve":
        emu.do_approve(inst, user, task_id, comment)
    elif action == "reject":
        emu.do_reject(inst, user, task_id, comment)
    elif action == "transfer":
        target = emu.require_user(body.get("transfer_user_id"), "user_id", "transfer_user_id")
        emu.do_transfer(inst, user, task_id, target, comment)
    elif action == "cancel":
        emu.do_cancel(inst, user)
    elif action == "delete_instance":
        emu.do_delete(inst, user)
    elif action == "comment":
        return {"comment_id": emu.do_comment(inst, user, comment)}
    else:
        raise param_error("action")
    return {}


def c_state(emu, body):
    return {"instances": [emu.render_instance(i) for i in _sorted_instances(emu)],
            "calls": dict(emu.calls), "calls_by_code": copy.deepcopy(emu.calls_by_code),
            "codes": dict(emu.codes), "switches": copy.deepcopy(emu.switches),
            "users": list(emu.users.values()),
            "definitions": list(emu.definitions.values())}


CONTROL = {
    ("POST", "/_emulator/reset"): (c_reset, True),
    ("POST", "/_emulator/switches"): (c_switches, True),
    ("POST", "/_emulator/users"): (c_users, True),
    ("POST", "/_emulator/definitions"): (c_definitions, True),
    ("POST", "/_emulator/expire_tokens"): (c_expire_tokens, True),
    ("POST", "/_emulator/fail_next"): (c_fail_next, False),
    ("POST", "/_emulator/drop_next"): (c_drop_next, False),
    ("POST", "/_emulator/act"): (c_act, True),
    ("GET", "/_emulator/state"): (c_state, False),
}


# ---------------------------------------------------------------------------
# HTTP plumbing
# ---------------------------------------------------------------------------

def take_rule(rules, method, path):
    for r in rules:
        if (not r["method"] or r["method"] == method) and r["rx"].search(path):
            r["times"] -= 1
            if r["times"] <= 0:
                rules.remove(r)
            return r
    return None


def envelope_error(e):
    if e.gateway:
        return {"code": e.code, "msg": e.msg}
    return {"code": e.code, "msg": e.msg, "data": {}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY the body would wait for
    # the client's delayed ACK (about 40 ms a call), which a real HTTP front never does.
    disable_nagle_algorithm = True
    server_version = "FeishuEmulator/1.0"
    emu = None  # set by main()

    def log_message(self, fmt, *args):
        pass  # one line per request is written by handle_any

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PUT(self):
        self.handle_any("PUT")

    def do_DELETE(self):
        self.handle_any("DELETE")

    def read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def handle_any(self, method):
        raw = self.read_body()
        parts = urlsplit(self.path)
        path = parts.path
        if len(path) > 1:
            path = path.rstrip("/")
        query = parse_qs(parts.query, keep_blank_values=True)
        emu = self.emu
        headers = []
        drop = False
        with emu.lock:
            if path.startswith("/_emulator/"):
                status, obj = self.run_control(emu, method, path, raw)
            else:
                status, obj, headers, drop = self.run_api(emu, method, path, query, raw)
        log("%s %s -> %d %s%s" % (method, self.path[:120], status, obj.get("code", ""),
                                  " (dropped)" if drop else ""))
        if drop:
            self.close_connection = True
            return
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Tt-Logid", uuidlib.uuid4().hex[:24])
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def run_control(self, emu, method, path, raw):
        entry = CONTROL.get((method, path))
        if entry is None:
            return 404, {"code": 404, "msg": "unknown control path"}
        fn, mutating = entry
        try:
            body = json.loads(raw.decode("utf-8")) if raw.strip() else {}
            if not isinstance(body, dict):
                raise ValueError("body must be an object")
        except ValueError:
            return 400, {"code": 1390001, "msg": "param is invalid: malformed JSON", "data": {}}
        try:
            data = fn(emu, body)
            if mutating:
                emu.save()
            if path == "/_emulator/state":
                return 200, data
            return 200, {"code": 0, "msg": "success", "data": data}
        except ApiError as e:
            return e.http, envelope_error(e)

    def run_api(self, emu, method, path, query, raw):
        route = None
        groups = ()
        for m, rx, template, handler, cls, mutating in ROUTES:
            if m != method:
                continue
            mt = rx.fullmatch(path)
            if mt:
                route = (template, handler, cls, mutating)
                groups = mt.groups()
                break
        template = route[0] if route else method + " " + path
        headers = []
        try:
            if route is None:
                raise ApiError(404, "404 page not found", 404, gateway=True)
            rule = take_rule(emu.fail_rules, method, path)
            if rule is not None:
                raise ApiError(rule["code"], rule["msg"], rule["http"])
            _, handler, cls, mutating = route
            is_token = handler is h_token
            app_id = None
            if not is_token:
                app_id = emu.check_auth(self.headers.get("Authorization"))
                emu.check_rate(app_id, cls)
            try:
                body = json.loads(raw.decode("utf-8")) if raw.strip() else {}
            except (ValueError, UnicodeDecodeError):
                if is_token:
                    raise ApiError(10003, "invalid param", gateway=True)
                raise param_error("malformed JSON body")
            req = Req(method, path, query, body, groups)
            req.app_id = app_id
            data = handler(emu, req)
            if "__flat__" in data:
                obj = data["__flat__"]
            else:
                obj = {"code": 0, "msg": "success", "data": data}
            status = 200
            if mutating:
                emu.save()
        except ApiError as e:
            status, obj, headers = e.http, envelope_error(e), e.headers
        code = str(obj.get("code"))
        emu.calls[template] = emu.calls.get(template, 0) + 1
        emu.codes[code] = emu.codes.get(code, 0) + 1
        per = emu.calls_by_code.setdefault(template, {})
        per[code] = per.get(code, 0) + 1
        drop = take_rule(emu.drop_rules, method, path) is not None
        return status, obj, headers, drop


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main(argv=None):
    ap = argparse.ArgumentParser(description="Feishu Approval v4 emulator")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--state-file", default=None)
    args = ap.parse_args(argv)

    Handler.emu = Emulator(args.state_file)
    server = Server((args.host, args.port), Handler)

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.stdout.write("LISTENING %d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except (SystemExit, KeyboardInterrupt):
        pass
    finally:
        server.server_close()
        log("emulator stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
