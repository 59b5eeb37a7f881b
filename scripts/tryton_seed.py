#!/usr/bin/env python3
"""Seeds a freshly initialised Tryton 6.0 database (db "crm") over JSON-RPC.

  tryton_seed.py demo URL [IDS_JSON]   business setup + demo data; writes the ids it created
  tryton_seed.py bulk URL N            add N customer parties (address, e-mail, phone each)
  tryton_seed.py summary URL           print what the server holds (used to check a seed)

Standard library only; see tryton_rpc.py for the protocol. Everything is created one call at a
time: with SQLite, parallel writes that take a sequence number race (ir.sequence).
"""
import datetime
import json
import os
import sys
import time
from decimal import Decimal as D

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tryton_rpc import Client, RpcError, dumps  # noqa: E402

COMPANY_NAME = '上海瑞邦工业设备有限公司'
COMPANY_TZ = 'Asia/Shanghai'

COUNTRIES = [  # code, code3, numeric, name
    ('CN', 'CHN', '156', 'China'),
    ('DE', 'DEU', '276', 'Germany'),
    ('FR', 'FRA', '250', 'France'),
    ('US', 'USA', '840', 'United States'),
    ('JP', 'JPN', '392', 'Japan'),
]

# code, name, symbol, numeric code, rate against CNY
CURRENCIES = [
    ('CNY', 'Chinese Yuan Renminbi', '¥', '156', D('1')),
    ('EUR', 'Euro', '€', '978', D('0.128000')),
    ('USD', 'US Dollar', '$', '840', D('0.138000')),
]

# Customers. addresses: (street, postal_code, city, country, invoice, delivery).
# contacts: (person or None, comment, [(type, value), ...]); all phone numbers are valid for
# python3-phonenumbers (Tryton validates them).
CUSTOMERS = [
    {'key': 'hengda', 'name': '苏州恒达精密机械有限公司', 'term': '30 days',
     'addresses': [('苏州工业园区星湖街328号', '215123', '苏州', 'CN', True, False),
                   ('苏州吴中经济开发区东吴南路88号 3号仓库', '215104', '苏州', 'CN', False, True)],
     'contacts': [(None, '总机', [('phone', '+86 512 6588 1200'),
                                  ('email', 'info@hengda-jx.example.cn'),
                                  ('website', 'https://www.hengda-jx.example.cn')]),
                  ('王丽', '采购经理', [('phone', '+86 512 6588 1234'),
                                       ('mobile', '+86 138 1234 5678'),
                                       ('email', 'wang.li@hengda-jx.example.cn')]),
                  ('陈刚', '设备部主管', [('mobile', '+86 139 1688 2451'),
                                         ('email', 'chen.gang@hengda-jx.example.cn')])]},
    {'key': 'dongfang', 'name': '宁波东方泵阀有限公司', 'term': '30 days',
     'addresses': [('宁波市北仑区新碶街道明州路456号', '315800', '宁波', 'CN', True, True)],
     'contacts': [(None, '总机', [('phone', '+86 574 8765 4321')]),
                  ('刘洋', '总经理', [('phone', '+86 574 8765 4300'),
                                     ('mobile', '+86 136 5742 8890'),
                                     ('email', 'liu.yang@dongfang-pv.example.cn')])]},
    {'key': 'huanan', 'name': '广州华南食品机械有限公司', 'term': '30 days',
     'addresses': [('广州市番禺区石楼镇创启路63号', '511447', '广州', 'CN', True, True)],
     'contacts': [('张敏', '技术部', [('phone', '+86 20 8888 1234'),
                                     ('mobile', '+86 137 2233 4455'),
                                     ('email', 'zhang.min@huanan-fm.example.cn')])]},
    {'key': 'zhongke', 'name': '北京中科环保技术有限公司', 'term': '30 days',
     'addresses': [('北京市海淀区中关村南大街12号', '100081', '北京', 'CN', True, False),
                   ('北京经济技术开发区科创十三街29号', '100176', '北京', 'CN', False, True)],
     'contacts': [(None, '前台', [('phone', '+86 10 6523 1234'),
                                  ('email', 'contact@zhongke-env.example.cn')]),
                  ('赵强', '项目经理', [('phone', '+86 10 6523 1288'),
                                       ('mobile', '+86 186 0101 3344'),
                                       ('email', 'zhao.qiang@zhongke-env.example.cn')])]},
    {'key': 'chuanxi', 'name': '成都川西水务集团有限公司', 'term': 'Immediate',
     'addresses': [('成都市武侯区人民南路四段27号', '610041', '成都', 'CN', True, True)],
     'contacts': [('孙伟', '设备采购', [('phone', '+86 28 8555 1234'),
                                       ('mobile', '+86 158 2800 6612'),
                                       ('email', 'sun.wei@chuanxi-water.example.cn')])]},
    {'key': 'binhai', 'name': '天津滨海化工有限公司', 'term': '60 days',
     'addresses': [('天津市滨海新区塘沽海洋高新区汇祥道1号', '300451', '天津', 'CN', True, True)],
     'contacts': [(None, '总机', [('phone', '+86 22 2345 6789'),
                                  ('email', 'office@binhai-chem.example.cn')]),
                  ('周静', '采购专员', [('mobile', '+86 159 2234 7781'),
                                       ('email', 'zhou.jing@binhai-chem.example.cn')])]},
    {'key': 'brightway', 'name': 'Shenzhen Brightway Electronics Co., Ltd.', 'term': '30 days',
     'addresses': [('Building 5, Nanshan Science Park, Keyuan Road', '518057', 'Shenzhen',
                    'CN', True, True)],
     'contacts': [('Jason Liu', 'Facilities manager', [('phone', '+86 755 8612 3456'),
                                                        ('mobile', '+86 188 2655 0193'),
                                                        ('email', 'jason.liu@brightway.example.com')])]},
    {'key': 'mueller', 'name': 'Müller Fördertechnik GmbH', 'term': '30 days', 'currency': 'EUR',
     'addresses': [('Heilbronner Straße 150', '70191', 'Stuttgart', 'DE', True, False),
                   ('Industriestraße 12', '71229', 'Leonberg', 'DE', False, True)],
     'contacts': [(None, 'Zentrale', [('phone', '+49 711 2345678'),
                                      ('email', 'info@mueller-foerdertechnik.example.de')]),
                  ('Thomas Müller', 'Einkaufsleiter', [('phone', '+49 711 2345690'),
                                                       ('mobile', '+49 151 23456789'),
                                                       ('email', 't.mueller@mueller-foerdertechnik.example.de')])]},
    {'key': 'lefevre', 'name': 'Atelier Mécanique Lefèvre SARL', 'term': '30 days',
     'currency': 'EUR',
     'addresses': [('14 rue de la République', '69002', 'Lyon', 'FR', True, True)],
     'contacts': [('Claire Lefèvre', 'Gérante', [('phone', '+33 4 72 00 00 00'),
                                                  ('mobile', '+33 6 12 34 56 78'),
                                                  ('email', 'claire@lefevre-meca.example.fr')])]},
    {'key': 'pacific', 'name': 'Pacific Rim Industrial Supply Inc.', 'term': '30 days',
     'currency': 'USD',
     'addresses': [('1450 Marina Blvd, Suite 300', 'CA 94107', 'San Francisco', 'US', True, True)],
     'contacts': [(None, 'Main line', [('phone', '+1 415 837 2261'),
                                       ('website', 'https://www.pacificrim-supply.example.com')]),
                  ('Michael Chen', 'Purchasing', [('phone', '+1 415 837 2270'),
                                                  ('mobile', '+1 415 555 0132'),
                                                  ('email', 'm.chen@pacificrim-supply.example.com')])]},
]

# code, name, list price, cost price (CNY), stock on hand, description
PRODUCTS = [
    ('PMP-100', '离心泵 Centrifugal Pump CP-100', D('12800.00'), D('7600.00'), 40,
     'Single-stage end-suction pump, 100 m³/h, 32 m head, cast iron.'),
    ('PMP-200', 'Stainless Multistage Pump MS-200', D('28500.00'), D('17200.00'), 15,
     'Vertical multistage pump, SS304, 200 m³/h.'),
    ('VLV-050', '气动蝶阀 Pneumatic Butterfly Valve DN50', D('1850.00'), D('980.00'), 200,
     'Wafer type, EPDM seat, double-acting actuator.'),
    ('MTR-075', '三相异步电机 7.5 kW Induction Motor', D('6400.00'), D('4100.00'), 30,
     'IE3, 4-pole, 380 V / 50 Hz, frame 132M.'),
    ('CMP-300', 'Screw Air Compressor SC-30 (30 kW)', D('86000.00'), D('59000.00'), 6,
     'Oil-injected rotary screw compressor, 8 bar, 5.2 m³/min.'),
    ('CNV-120', 'Belt Conveyor Module 1.2 m', D('15600.00'), D('9800.00'), 12,
     'Modular belt conveyor section, 600 mm belt, variable speed.'),
    ('GBX-040', '斜齿轮减速机 Helical Gearbox R40', D('4300.00'), D('2600.00'), 60,
     'Ratio 1:20, 4 kW input, foot mounted.'),
    ('SNS-010', 'Pressure Transmitter PT-10 (0–10 bar)', D('980.00'), D('520.00'), 300,
     '4–20 mA output, G1/2 process connection, ±0.25 %.'),
]
SERVICE = ('SRV-INS', '安装调试服务 Installation & Commissioning', D('3500.00'), D('1800.00'),
           'On-site installation and commissioning, per day.')


class Seeder:
    def __init__(self, url):
        self.c = Client(url)
        self.ids = {}

    def step(self, label, func):
        start = time.monotonic()
        func()
        print('    seed: %-46s %6.1f s' % (label, time.monotonic() - start), flush=True)

    # --- business setup -------------------------------------------------------------------
    def setup_basics(self):
        # Tryton 6.0 ships no country or currency records (trytond_import_* would need
        # proteus + pycountry): create the ones the demo uses.
        c = self.c
        have = {r['code']: r['id'] for r in c.search_read('country.country', [], ['code'])}
        missing = [{'code': code, 'code3': code3, 'code_numeric': num, 'name': name}
                   for code, code3, num, name in COUNTRIES if code not in have]
        for vals, cid in zip(missing, c.create('country.country', missing) if missing else []):
            have[vals['code']] = cid
        self.country = have
        rate_date = datetime.date(datetime.date.today().year - 1, 1, 1)
        have = {r['code']: r['id'] for r in c.search_read('currency.currency', [], ['code'])}
        missing = [{'code': code, 'name': name, 'symbol': symbol, 'numeric_code': num,
                    'digits': 2, 'rounding': D('0.01'),
                    'rates': [['create', [{'date': rate_date, 'rate': rate}]]]}
                   for code, name, symbol, num, rate in CURRENCIES if code not in have]
        for vals, cid in zip(missing, c.create('currency.currency', missing) if missing else []):
            have[vals['code']] = cid
        self.currency = have
        self.unit = c.search('product.uom', [['name', '=', 'Unit']], limit=1)[0]

    def setup_company(self):
        c = self.c
        party = c.create1('party.party', {
            'name': COMPANY_NAME,
            'addresses': [['create', [{'street': '上海市浦东新区张江高科技园区碧波路690号',
                                       'postal_code': '201203', 'city': '上海',
                                       'country': self.country['CN']}]]],
            'contact_mechanisms': [['create', [
                {'type': 'phone', 'value': '+86 21 5080 1234'},
                {'type': 'email', 'value': 'sales@ruibang-equip.example.cn'},
                {'type': 'website', 'value': 'https://www.ruibang-equip.example.cn'}]]]})
        company = c.create1('company.company', {'party': party,
                                                'currency': self.currency['CNY'],
                                                'timezone': COMPANY_TZ})
        person = c.create1('party.party', {
            'name': '李明',
            'contact_mechanisms': [['create', [
                {'type': 'mobile', 'value': '+86 139 1702 5566'},
                {'type': 'email', 'value': 'li.ming@ruibang-equip.example.cn'}]]]})
        employee = c.create1('company.employee', {'party': person, 'company': company})
        c.write('res.user', [c.user_id], {
            'companies': [['add', [company]]], 'company': company,
            'employees': [['add', [employee]]], 'employee': employee})
        c.refresh_context()
        self.company, self.employee = company, employee
        self.ids.update(company=company, company_party=party, employee=employee,
                        employee_party=person)
        self.today = c.model('ir.date', 'today')

    def setup_accounting(self):
        c = self.c
        template = c.xml_id('account', 'account_template_root_en')
        c.run_wizard('account.create_chart', [
            ('start', {}, 'account'),
            ('account', {'company': self.company, 'account_template': template},
             'create_account'),
            ('properties', {'company': self.company}, 'create_properties'),
        ])

        def account(name):
            return c.search('account.account', [['name', '=', name],
                                                ['company', '=', self.company]], limit=1)[0]
        self.acc = {k: account(n) for k, n in [('receivable', 'Main Receivable'),
                                               ('payable', 'Main Payable'),
                                               ('revenue', 'Main Revenue'),
                                               ('expense', 'Main Expense'),
                                               ('cash', 'Main Cash')]}
        # Fiscal years of today (company timezone) and the next year, so a DB seeded in
        # December can still post invoices in January: monthly periods, own sequences.
        move_type = c.xml_id('account', 'sequence_type_account_move')
        inv_type = c.xml_id('account_invoice', 'sequence_type_account_invoice')
        self.ids['fiscalyears'] = {}
        for year in (self.today.year, self.today.year + 1):
            post_seq = c.create1('ir.sequence', {
                'name': 'Posted moves %d' % year, 'sequence_type': move_type,
                'company': self.company, 'prefix': 'MV/%d/' % year, 'padding': 5})
            strict = c.create('ir.sequence.strict', [
                {'name': '%s %d' % (prefix, year), 'sequence_type': inv_type,
                 'company': self.company, 'prefix': '%s/%d/' % (prefix, year), 'padding': 4}
                for prefix in ('INV', 'CRN', 'SINV', 'SCRN')])
            fiscalyear = c.create1('account.fiscalyear', {
                'name': str(year), 'company': self.company,
                'start_date': datetime.date(year, 1, 1),
                'end_date': datetime.date(year, 12, 31),
                'post_move_sequence': post_seq,
                'invoice_sequences': [['create', [{
                    'company': self.company,
                    'out_invoice_sequence': strict[0], 'out_credit_note_sequence': strict[1],
                    'in_invoice_sequence': strict[2], 'in_credit_note_sequence': strict[3]}]]]})
            c.model('account.fiscalyear', 'create_period', [fiscalyear])
            self.ids['fiscalyears'][str(year)] = fiscalyear

        # Payment terms; 30 days becomes the default customer term.
        self.term = {}
        for name, deltas in [('Immediate', []), ('30 days', [{'days': 30}]),
                             ('60 days', [{'days': 60}])]:
            line = {'type': 'remainder'}
            if deltas:
                line['relativedeltas'] = [['create', deltas]]
            self.term[name] = c.create1('account.invoice.payment_term', {
                'name': name, 'lines': [['create', [line]]]})
        try:
            c.write('account.configuration', [1],
                    {'default_customer_payment_term': self.term['30 days']})
        except RpcError as exc:  # field only exists with account_invoice
            print('  seed: no default customer payment term (%s)' % exc.describe())
        self.ids['payment_terms'] = self.term

        cash_journal = c.search('account.journal', [['type', '=', 'cash']], limit=1)[0]
        self.payment_method = c.create1('account.invoice.payment.method', {
            'name': '银行转账 Bank transfer', 'company': self.company,
            'journal': cash_journal, 'credit_account': self.acc['cash'],
            'debit_account': self.acc['cash']})
        self.ids['payment_method'] = self.payment_method

    def setup_products(self):
        c = self.c
        category = c.create1('product.category', {
            'name': '工业设备 Industrial Equipment', 'accounting': True,
            'account_revenue': self.acc['revenue'], 'account_expense': self.acc['expense']})
        self.ids['product_category'] = category
        templates = []
        for code, name, price, cost, _qty, desc in PRODUCTS:
            templates.append({'name': name, 'code': code, 'type': 'goods', 'salable': True,
                              'list_price': price, 'default_uom': self.unit,
                              'sale_uom': self.unit, 'account_category': category,
                              'products': [['create', [{'cost_price': cost,
                                                        'description': desc}]]]})
        code, name, price, cost, desc = SERVICE
        templates.append({'name': name, 'code': code, 'type': 'service', 'salable': True,
                          'list_price': price, 'default_uom': self.unit,
                          'sale_uom': self.unit, 'account_category': category,
                          'products': [['create', [{'cost_price': cost,
                                                    'description': desc}]]]})
        c.create('product.template', templates)
        rows = c.search_read('product.product', [], ['code'], order=[['id', 'ASC']])
        self.product = {r['code']: r['id'] for r in rows}
        self.price = {p[0]: p[2] for p in PRODUCTS}
        self.price[SERVICE[0]] = SERVICE[2]
        self.ids['products'] = self.product

        wh = c.search_read('stock.location', [['type', '=', 'warehouse']],
                           ['storage_location'], limit=1)[0]
        self.warehouse, self.storage = wh['id'], wh['storage_location']
        self.ids.update(warehouse=self.warehouse, storage_location=self.storage)
        inventory = c.create1('stock.inventory', {
            'location': self.storage, 'date': self.today, 'company': self.company,
            'lines': [['create', [{'product': self.product[p[0]], 'quantity': float(p[4])}
                                  for p in PRODUCTS]]]})
        c.button('stock.inventory', 'confirm', [inventory])
        self.ids['inventory'] = inventory

    # --- customers ----------------------------------------------------------------------
    def setup_customers(self):
        c = self.c
        self.party, self.address, self.contact = {}, {}, {}
        values = []
        for cust in CUSTOMERS:
            mechanisms = []
            for person, comment, items in cust['contacts']:
                for kind, value in items:
                    mech = {'type': kind, 'value': value, 'comment': comment}
                    if person:
                        mech['name'] = person
                    mechanisms.append(mech)
            addresses = [{'street': s, 'postal_code': z, 'city': city,
                          'country': self.country[cc], 'invoice': inv, 'delivery': dlv}
                         for s, z, city, cc, inv, dlv in cust['addresses']]
            values.append({'name': cust['name'],
                           'customer_payment_term': self.term[cust['term']],
                           'addresses': [['create', addresses]],
                           'contact_mechanisms': [['create', mechanisms]]})
        ids = c.create('party.party', values)
        for cust, pid in zip(CUSTOMERS, ids):
            self.party[cust['key']] = pid
        addresses = c.search_read('party.address', [['party', 'in', ids]], ['party'],
                                  order=[['id', 'ASC']])
        mechs = c.search_read('party.contact_mechanism', [['party', 'in', ids]],
                              ['party', 'name'], order=[['id', 'ASC']])
        for cust, pid in zip(CUSTOMERS, ids):
            self.address[cust['key']] = [a['id'] for a in addresses if a['party'] == pid]
            own = [m for m in mechs if m['party'] == pid]
            # The sale/opportunity contact: the first named person's first mechanism.
            self.contact[cust['key']] = ([m for m in own if m['name']] or own)[0]['id']
        self.ids['parties'] = {cust['name']: self.party[cust['key']] for cust in CUSTOMERS}

    # --- the customer file: categories, credit limits, notes ----------------------------------
    # One category tree per dimension (English names, Chinese translations), as SalesBridge
    # reads them: grade, region, industry and the responsible rep's login.
    CATEGORY_TREES = [
        ('Grade', '客户等级', [('A', 'A'), ('B', 'B'), ('C', 'C'), ('D', 'D')]),
        ('Region', '区域', [('East China', '华东'), ('South China', '华南'), ('North China', '华北'),
                            ('Southwest China', '西南'), ('Overseas', '海外')]),
        ('Industry', '行业', [('Precision machinery', '精密机械'), ('Pumps and valves', '泵阀'),
                              ('Food machinery', '食品机械'), ('Environmental', '环保'),
                              ('Water utilities', '水务'), ('Chemicals', '化工'),
                              ('Electronics', '电子')]),
        ('Sales rep', '客户经理', [('admin', 'admin'), ('li.na', 'li.na')]),
    ]
    # key: grade, region, industry, owner, credit limit (company currency) or None
    CUSTOMER_FILE = {
        'hengda': ('A', 'East China', 'Precision machinery', 'admin', D('2000000.00')),
        'dongfang': ('A', 'East China', 'Pumps and valves', 'admin', None),
        'huanan': ('B', 'South China', 'Food machinery', 'li.na', None),
        'zhongke': ('B', 'North China', 'Environmental', 'admin', D('1500000.00')),
        'chuanxi': ('C', 'Southwest China', 'Water utilities', 'li.na', None),
        'binhai': ('B', 'North China', 'Chemicals', 'admin', None),
        'brightway': ('A', 'South China', 'Electronics', 'admin', None),
        'mueller': ('B', 'Overseas', 'Precision machinery', 'li.na', None),
        'lefevre': ('C', 'Overseas', 'Precision machinery', 'li.na', None),
        'pacific': ('C', 'Overseas', 'Pumps and valves', 'admin', None),
    }

    def setup_customer_file(self):
        c = self.c
        zh = c.search('ir.lang', [['code', '=', 'zh_CN']])
        c.write('ir.lang', zh, {'translatable': True})
        category = {}
        for root_en, root_zh, children in self.CATEGORY_TREES:
            root = c.create1('party.category', {'name': root_en}, language='en')
            c.write('party.category', [root], {'name': root_zh}, language='zh_CN')
            ids = c.create('party.category', [{'name': en, 'parent': root} for en, _ in children],
                           language='en')
            for (en, cn), cid in zip(children, ids):
                if cn != en:
                    c.write('party.category', [cid], {'name': cn}, language='zh_CN')
                category[(root_en, en)] = cid
        for key, (grade, region, industry, owner, limit) in self.CUSTOMER_FILE.items():
            values = {'categories': [['add', [category[('Grade', grade)], category[('Region', region)],
                                              category[('Industry', industry)],
                                              category[('Sales rep', owner)]]]]}
            if limit is not None:
                values['credit_limit_amount'] = limit
            c.write('party.party', [self.party[key]], values)
        # A note typed in Tryton by its user: SalesBridge shows it in the customer's timeline.
        c.create('ir.note', [{'resource': 'party.party,%d' % self.party['hengda'],
                              'message': '客户要求12月底前完成设备验收，请跟进备件报价。\n'
                                         '联系人：王丽（采购经理）'}])
        self.ids['categories'] = {'%s/%s' % k: v for k, v in category.items()}

    # --- sales -------------------------------------------------------------------------------
    def sale_lines(self, items, currency='CNY'):
        lines = []
        for code, qty in items:
            price = self.price[code]
            if currency != 'CNY':
                rate = dict((cur[0], cur[4]) for cur in CURRENCIES)[currency]
                price = (price * rate).quantize(D('1'))
            lines.append({'type': 'line', 'product': self.product[code], 'quantity': float(qty),
                          'unit': self.unit, 'unit_price': price,
                          'description': self.product_name(code)})
        return lines

    def product_name(self, code):
        for p in PRODUCTS + [SERVICE]:
            if p[0] == code:
                return p[1]
        return code

    def new_sale(self, key, items, reference, description, currency=None, address_index=0):
        cust = next(x for x in CUSTOMERS if x['key'] == key)
        currency = currency or cust.get('currency', 'CNY')
        addrs = self.address[key]
        return self.c.create1('sale.sale', {
            'party': self.party[key], 'contact': self.contact[key],
            'invoice_address': addrs[0], 'shipment_address': addrs[-1],
            'currency': self.currency[currency], 'warehouse': self.warehouse,
            'payment_term': self.term[cust['term']], 'reference': reference,
            'description': description,
            'lines': [['create', self.sale_lines(items, currency)]]})

    def setup_opportunities(self):
        c = self.c
        opps = [  # key, customer, description, amount, probability, lines, final state
            ('lead_zhongke', 'zhongke', '污水处理厂泵站改造 Wastewater pumping station upgrade',
             D('260000.00'), 0.2, [('PMP-200', 6), ('VLV-050', 24)], 'lead'),
            ('lead_pacific', 'pacific', 'Distributor stocking order: valves and transmitters',
             D('90000.00'), 0.1, [('VLV-050', 30), ('SNS-010', 30)], 'lead'),
            ('opp_dongfang', 'dongfang', '电机更换项目 Motor replacement programme',
             D('128000.00'), 0.5, [('MTR-075', 20)], 'opportunity'),
            ('opp_mueller', 'mueller', 'Conveyor line for the Leonberg plant',
             D('190000.00'), 0.6, [('CNV-120', 10), ('GBX-040', 10), ('SRV-INS', 4)],
             'opportunity'),
            ('conv_huanan', 'huanan', '食品线空压系统 Compressed air for the food line',
             D('98000.00'), 0.7, [('CMP-300', 1), ('SNS-010', 6)], 'converted'),
            ('won_hengda', 'hengda', '二期车间冷却水泵 Cooling water pumps, phase 2',
             D('76000.00'), 0.8, [('PMP-100', 5), ('GBX-040', 2)], 'won'),
            ('lost_lefevre', 'lefevre', 'Replacement gearboxes for the press line',
             D('43000.00'), 0.3, [('GBX-040', 10)], 'lost'),
        ]
        self.opp = {}
        for key, cust, desc, amount, prob, items, state in opps:
            oid = c.create1('sale.opportunity', {
                'party': self.party[cust], 'address': self.address[cust][0],
                'contact': self.contact[cust], 'description': desc, 'amount': amount,
                'conversion_probability': prob,
                'payment_term': self.term[next(x['term'] for x in CUSTOMERS
                                                if x['key'] == cust)],
                'lines': [['create', [{'product': self.product[p], 'quantity': float(q),
                                       'unit': self.unit} for p, q in items]]]})
            self.opp[key] = oid
            if state in ('opportunity', 'converted', 'won'):
                c.button('sale.opportunity', 'opportunity', [oid])
            if state in ('converted', 'won'):
                c.button('sale.opportunity', 'convert', [oid])
            if state == 'won':
                sale = c.read('sale.opportunity', [oid], ['sales'])[0]['sales'][0]
                c.write('sale.sale', [sale], {'reference': 'PO-HD-2024-117',
                                              'description': desc})
                c.button('sale.sale', 'quote', [sale])
                c.button('sale.sale', 'confirm', [sale])
            if state == 'lost':
                c.button('sale.opportunity', 'lost', [oid])
                c.write('sale.opportunity', [oid],
                        {'lost_reason': 'Chose a local supplier: 12 % cheaper, 2 weeks faster.'})
        rows = c.read('sale.opportunity', list(self.opp.values()), ['state', 'sales'])
        by_id = {r['id']: r for r in rows}
        self.ids['opportunities'] = {k: {'id': v, 'state': by_id[v]['state'],
                                         'sales': by_id[v]['sales']}
                                     for k, v in self.opp.items()}

    def setup_sales(self):
        c = self.c
        # 1. Shipped, invoiced, paid: the sale ends "done".
        done = self.new_sale('chuanxi', [('PMP-100', 4), ('VLV-050', 20)],
                             'CX-PO-2024-0311', '泵站备用泵及阀门 Standby pumps and valves')
        c.button('sale.sale', 'quote', [done])
        c.button('sale.sale', 'confirm', [done])
        sale = c.read('sale.sale', [done], ['shipments', 'invoices'])[0]
        for name in ('assign_try', 'pick', 'pack', 'done'):
            c.button('stock.shipment.out', name, sale['shipments'])
        c.button('account.invoice', 'post', sale['invoices'])
        for inv in sale['invoices']:
            c.run_wizard('account.invoice.pay', [
                ('start', {'payment_method': self.payment_method,
                           'description': '银行转账 CX-PO-2024-0311'}, 'choice')],
                active_model='account.invoice', active_id=inv, active_ids=[inv])
        # 2. Confirmed, not shipped yet (in EUR).
        waiting = self.new_sale('mueller', [('CMP-300', 1), ('MTR-075', 2)],
                                'MF-4500123', 'Compressor and spare motors')
        c.button('sale.sale', 'quote', [waiting])
        c.button('sale.sale', 'confirm', [waiting])
        # 3. A quotation (in USD).
        quote = self.new_sale('pacific', [('SNS-010', 50), ('VLV-050', 30)],
                              'PR-RFQ-8841', 'Quotation: transmitters and valves')
        c.button('sale.sale', 'quote', [quote])
        # 4. A draft (not quoted yet).
        draft = self.new_sale('binhai', [('PMP-200', 2), ('SRV-INS', 3)], None,
                              '循环水泵更换 Circulation pump replacement')
        self.sale = {'shipped_paid': done, 'confirmed': waiting, 'quotation': quote,
                     'draft': draft}

        # Complaint types and one complaint on the shipped sale.
        sale_model = c.search('ir.model', [['model', '=', 'sale.sale']], limit=1)[0]
        line_model = c.search('ir.model', [['model', '=', 'sale.line']], limit=1)[0]
        types = c.create('sale.complaint.type', [
            {'name': '产品质量 Product defect', 'origin': sale_model},
            {'name': '交货延误 Late delivery', 'origin': sale_model},
            {'name': '发错货 Wrong item delivered', 'origin': line_model}])
        complaint = c.create1('sale.complaint', {
            'customer': self.party['chuanxi'], 'address': self.address['chuanxi'][0],
            'type': types[0], 'origin': 'sale.sale,%d' % done, 'reference': 'CX-QC-0042',
            'employee': self.employee,
            'description': '2号泵运行时振动偏大，机械密封渗漏。'
                           ' Pump #2 vibrates above spec and the mechanical seal leaks.'})
        c.button('sale.complaint', 'wait', [complaint])
        self.ids['complaint_types'] = types
        self.ids['complaint'] = complaint

        all_sales = c.search_read('sale.sale', [], ['number', 'state', 'shipment_state',
                                                    'invoice_state', 'party', 'origin',
                                                    'shipments', 'invoices'],
                                  order=[['id', 'ASC']])
        names = {v: k for k, v in self.sale.items()}
        for opp_key, info in self.ids['opportunities'].items():
            for sid in info['sales']:
                names[sid] = 'from_' + opp_key
        self.ids['sales'] = {names.get(s['id'], str(s['id'])): {
            'id': s['id'], 'number': s['number'], 'state': s['state'],
            'shipment_state': s['shipment_state'], 'invoice_state': s['invoice_state'],
            'party': s['party'], 'shipments': s['shipments'], 'invoices': s['invoices']}
            for s in all_sales}

    def run(self):
        self.step('countries, currencies', self.setup_basics)
        self.step('company, employee, user preferences', self.setup_company)
        self.step('chart, fiscal year, payment terms/method', self.setup_accounting)
        self.step('products and stock inventory', self.setup_products)
        self.step('customers, addresses, contacts', self.setup_customers)
        self.step('categories, credit limits, notes', self.setup_customer_file)
        self.step('opportunities', self.setup_opportunities)
        self.step('sales, shipment, invoice, payment, complaint', self.setup_sales)
        return self.ids


# --- bulk parties -----------------------------------------------------------------------------
# Chinese cities with their area code (landlines: 8 digits, first digit 2-6).
CN_PLACES = [('苏州', '215000', '工业园区', '512'), ('无锡', '214000', '新吴区', '510'),
             ('宁波', '315000', '鄞州区', '574'), ('杭州', '310000', '滨江区', '571'),
             ('东莞', '523000', '松山湖', '769'), ('佛山', '528000', '顺德区', '757'),
             ('青岛', '266000', '黄岛区', '532'), ('合肥', '230000', '高新区', '551'),
             ('武汉', '430000', '东湖高新区', '27'), ('重庆', '400000', '两江新区', '23'),
             ('天津', '300000', '西青区', '22'), ('上海', '201100', '闵行区', '21'),
             ('常州', '213000', '武进区', '519')]
CN_WORDS = ['恒达', '华瑞', '东升', '鑫源', '宏远', '博创', '金诚', '瑞丰', '天成', '中联', '新力', '永盛',
            '科隆', '海川', '正泰', '联合', '长江', '汇通', '立信', '德隆']
CN_TRADES = ['精密机械', '泵业', '阀门', '自动化设备', '环保科技', '电气', '流体控制', '机电工程',
             '智能装备', '化工设备', '输送设备', '水处理设备']
CN_STREETS = ['长江路', '人民路', '科技大道', '创新路', '湖滨路', '建设路', '工业大道', '华山路']
MOBILE_PREFIXES = ['138', '139', '136', '137', '135', '186', '188', '150', '151', '158', '159',
                   '180', '189', '177', '133', '153']
# city, postal code, country, phone pattern (a, b in 0..9999); all checked valid with
# python3-phonenumbers over the whole range.
EN_CITIES = [
    ('Hamburg', '20095', 'DE', lambda a, b: '+49 40 %d%03d%04d' % (1 + a % 9, a % 1000, b)),
    ('München', '80331', 'DE', lambda a, b: '+49 89 %d%03d%04d' % (1 + a % 9, a % 1000, b)),
    ('Lyon', '69002', 'FR', lambda a, b: '+33 4 72 %02d %02d %02d' % (a % 100, b % 100,
                                                                     (a + b) % 100)),
    ('Toulouse', '31000', 'FR', lambda a, b: '+33 5 61 %02d %02d %02d' % (a % 100, b % 100,
                                                                         (a + b) % 100)),
    ('Houston', 'TX 77002', 'US', lambda a, b: '+1 713 %d%02d %04d' % (2 + a % 8, a % 100, b)),
    ('Chicago', 'IL 60601', 'US', lambda a, b: '+1 312 %d%02d %04d' % (2 + a % 8, a % 100, b)),
    ('Osaka', '530-0001', 'JP', lambda a, b: '+81 6 %d%03d %04d' % (1 + a % 9, a % 1000, b)),
]
EN_WORDS = ['Northstar', 'Apex', 'Bluewater', 'Kessler', 'Summit', 'Meridian', 'Ironbridge',
            'Vantage', 'Harbor', 'Crestline', 'Falcon', 'Lindqvist', 'Orion', 'Redwood']
EN_TRADES = ['Process Equipment', 'Pumps & Valves', 'Industrial Automation', 'Fluid Systems',
             'Engineering', 'Motion Control', 'Plant Services', 'Water Technologies']
EN_FORMS = {'DE': ['GmbH', 'AG'], 'FR': ['SAS', 'SARL'], 'US': ['Inc.', 'LLC'],
            'JP': ['Co., Ltd.', 'K.K.']}
BULK_EMAIL = '%@%customer-%.example.%'   # every bulk party's e-mail matches this


def bulk_party(i, country):
    """Deterministic, realistic party values for bulk number i (1-based)."""
    tag = '%04d' % i
    a = (i * 7919) % 10000
    b = (i * 104729 + 17) % 10000
    if i % 3 != 0:  # two out of three Chinese
        city, zip_code, district, area = CN_PLACES[i % len(CN_PLACES)]
        name = '%s%s%s有限公司 %s' % (city, CN_WORDS[(i // 3) % len(CN_WORDS)],
                                   CN_TRADES[(i // 7) % len(CN_TRADES)], tag)
        street = '%s%s%d号' % (district, CN_STREETS[i % len(CN_STREETS)], 1 + i % 999)
        address = {'street': street, 'postal_code': zip_code, 'city': city,
                   'country': country.get('CN')}
        email = 'sales%s@cn-customer-%s.example.cn' % (tag, tag)
        if i % 2:   # mobile, digits vary with i
            phone = ('mobile', '+86 %s %04d %04d'
                     % (MOBILE_PREFIXES[i % len(MOBILE_PREFIXES)], a, b))
        else:       # landline with the city's area code
            phone = ('phone', '+86 %s %d%03d %04d' % (area, 2 + a % 5, a % 1000, b))
    else:
        city, zip_code, cc, pattern = EN_CITIES[i % len(EN_CITIES)]
        forms = EN_FORMS[cc]
        name = '%s %s %s %s' % (EN_WORDS[(i // 3) % len(EN_WORDS)],
                                EN_TRADES[(i // 5) % len(EN_TRADES)], forms[i % len(forms)], tag)
        address = {'street': '%d Industrial Park Road' % (1 + i % 400),
                   'postal_code': zip_code, 'city': city, 'country': country.get(cc)}
        email = 'info%s@customer-%s.example.com' % (tag, tag)
        phone = ('phone', pattern(a, b))
    return {'name': name, 'addresses': [['create', [address]]],
            'contact_mechanisms': [['create', [{'type': 'email', 'value': email},
                                               {'type': phone[0], 'value': phone[1]}]]]}


def bulk(url, count, batch=500):
    c = Client(url)
    country = {}
    for row in c.search_read('country.country', [], ['code']):
        country[row['code']] = row['id']
    # Number on from the bulk parties already there, so repeated runs stay unique.
    start_number = c.search_count('party.contact_mechanism',
                                  [['type', '=', 'email'], ['value', 'like', BULK_EMAIL]],
                                  active_test=False) + 1
    t0 = time.monotonic()
    done = 0
    while done < count:
        n = min(batch, count - done)
        values = [bulk_party(start_number + done + k, country) for k in range(n)]
        t = time.monotonic()
        c.create('party.party', values)
        done += n
        print('  seed-bulk: %d/%d parties (batch %.1f s, %.0f parties/s overall)'
              % (done, count, time.monotonic() - t, done / (time.monotonic() - t0)), flush=True)
    total = time.monotonic() - t0
    print('  seed-bulk: %d parties with 1 address + 2 contact mechanisms each in %.1f s '
          '(%.0f parties/s)' % (count, total, count / total if total else 0))


def summary(url):
    c = Client(url)
    wh = c.search_read('stock.location', [['type', '=', 'warehouse']],
                       ['name', 'storage_location'])
    out = {
        'parties': c.search_count('party.party', []),
        'contact_mechanisms': c.search_count('party.contact_mechanism', []),
        'addresses': c.search_count('party.address', []),
        'warehouses': wh,
        'products': c.search_read('product.product', [['salable', '=', True]],
                                  ['code', 'quantity', 'forecast_quantity', 'list_price'],
                                  order=[['code', 'ASC']], locations=[wh[0]['id']]),
        'opportunities': c.search_read('sale.opportunity', [],
                                       ['description', 'state', 'amount', 'sales'],
                                       order=[['id', 'ASC']]),
        'sales': c.search_read('sale.sale', [], ['number', 'state', 'shipment_state',
                                                 'invoice_state', 'total_amount'],
                               order=[['id', 'ASC']]),
        'shipments': c.search_read('stock.shipment.out', [], ['number', 'state'],
                                   order=[['id', 'ASC']]),
        'invoices': c.search_read('account.invoice', [], ['number', 'state', 'total_amount',
                                                          'amount_to_pay', 'reconciled'],
                                  order=[['id', 'ASC']]),
        'complaints': c.search_read('sale.complaint', [], ['number', 'state', 'origin',
                                                           'customer'],
                                    order=[['id', 'ASC']]),
    }
    print(dumps(out))


def main(argv):
    if len(argv) < 3 or argv[1] not in ('demo', 'bulk', 'summary'):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if argv[1] == 'demo':
        ids = Seeder(argv[2]).run()
        if len(argv) > 3:
            with open(argv[3], 'w', encoding='utf-8') as fh:
                fh.write(json.dumps(ids, ensure_ascii=False, indent=1, default=str) + '\n')
        return 0
    if argv[1] == 'bulk':
        bulk(argv[2], int(argv[3]))
        return 0
    summary(argv[2])
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv))
    except RpcError as exc:
        print('error: %s' % exc, file=sys.stderr)
        sys.exit(1)
