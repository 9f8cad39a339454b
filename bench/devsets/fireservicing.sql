-- Fire-safety servicing, Leeds: our job database (the bits that matter for the office).
-- We look after fire equipment for client companies - care homes, schools, factories,
-- offices, hotels - across Leeds and West Yorkshire. A client can have several sites and
-- at each site we keep a register of what's on the wall: extinguishers (water, foam, CO2,
-- powder, wet chemical), the fire alarm panel and the emergency lights, with install dates.
-- Every site gets its annual service visit; on top of that clients ring us for call-outs
-- when something goes off or breaks. On each visit the engineer checks the kit, writes up
-- any defects (critical / major / advisory) and logs the parts he or she fitted.
-- Defects we can't fix there and then go out as a quote for remedial work; the client
-- accepts, declines or just sits on it. Finished jobs get invoiced on the client's terms
-- (14, 30 or 60 days) and we chase the ones that don't get paid. Clients who don't pay
-- go "on stop" until they settle up.

DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS quote;
DROP TABLE IF EXISTS parts_used;
DROP TABLE IF EXISTS defects;
DROP TABLE IF EXISTS visit_asset;
DROP TABLE IF EXISTS visits;
DROP TABLE IF EXISTS assets;
DROP TABLE IF EXISTS asset_types;
DROP TABLE IF EXISTS part;
DROP TABLE IF EXISTS engineer;
DROP TABLE IF EXISTS site;
DROP TABLE IF EXISTS clients;

-- ---------------------------------------------------------------- clients
CREATE TABLE clients (
    client_id     integer PRIMARY KEY,
    client_name   text    NOT NULL,
    acct_ref      text    NOT NULL UNIQUE,
    contact_email text,
    terms_days    integer NOT NULL,
    po_reqd       boolean NOT NULL DEFAULT false,
    st            char(1) NOT NULL DEFAULT 'A',
    created_dt    date    NOT NULL,
    notes         text
);
COMMENT ON TABLE clients IS 'Client companies we service. One client can have lots of sites.';
COMMENT ON COLUMN clients.acct_ref IS 'Our account code for them in Sage';
COMMENT ON COLUMN clients.terms_days IS 'Payment terms in days from invoice date (14, 30 or 60)';
COMMENT ON COLUMN clients.po_reqd IS 'True = they want a purchase order number on every invoice or they won''t pay it';
COMMENT ON COLUMN clients.st IS 'Account status: A = active, S = on stop (owes us money, no work until they pay), L = lost / gone elsewhere';
COMMENT ON COLUMN clients.created_dt IS 'Date the account was opened';

INSERT INTO clients (client_id, client_name, acct_ref, contact_email, terms_days, po_reqd, st, created_dt, notes)
SELECT i,
       nm,
       'C' || lpad(i::text, 4, '0'),
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE 'accounts@' || lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || '.co.uk' END,
       CASE WHEN i % 5 = 0 THEN 60 WHEN i % 3 = 0 THEN 14 ELSE 30 END,
       (i % 4 = 1),
       CASE WHEN i IN (5, 18, 33, 47) THEN 'S'
            WHEN i IN (12, 29, 51, 58) THEN 'L'
            ELSE 'A' END,
       CASE WHEN i = 60 THEN date '2026-11-18' ELSE date '2010-01-04' + (i * 97 % 5000) END,
       CASE WHEN i IN (5, 18, 33, 47) THEN 'On stop - see credit control emails'
            WHEN i IN (12, 29, 51, 58) THEN 'Moved to another contractor at renewal'
            WHEN i = 60 THEN 'New account, survey booked for December'
            WHEN i % 9 = 0 THEN 'Send invoices to head office, not the site'
            ELSE NULL END
FROM (
    SELECT i,
           (array['Aire Valley','Kirkstall','Headingley','Roundhay','Chapel Allerton','Meanwood','Holbeck',
                  'Hunslet','Armley','Horsforth','Garforth','Rothwell','Wetherby','Otley','Pudsey','Morley',
                  'Calder','Wharfedale','Temple Newsam','Beeston'])[1 + (i - 1) % 20]
           || ' ' ||
           (array['Properties','Care Homes','Engineering','Foods','Academy Trust','Dental Group','Logistics',
                  'Hotels','Motors','Church Trust','Print Works','Medical Centre'])[1 + ((i - 1) / 20 * 3 + (i - 1) % 20) % 12] AS nm
    FROM generate_series(1, 60) AS i
) c;

-- ---------------------------------------------------------------- site
CREATE TABLE site (
    site_id      integer PRIMARY KEY,
    client_id    integer NOT NULL REFERENCES clients (client_id),
    site_name    text    NOT NULL,
    addr1        text,
    town         text    NOT NULL,
    postcode     text,
    risk_cat     char(1) NOT NULL,
    keyholder    text,
    access_notes text
);
COMMENT ON TABLE site IS 'Client sites / premises we look after';
COMMENT ON COLUMN site.risk_cat IS 'Fire risk category from their risk assessment: L = low, M = medium, H = high (sleeping risk, kitchens, chemicals)';
COMMENT ON COLUMN site.keyholder IS 'Who to ring to get in, blank if there is always someone on site';

INSERT INTO site (site_id, client_id, site_name, addr1, town, postcode, risk_cat, keyholder, access_notes)
SELECT i,
       CASE WHEN i <= 59 THEN i ELSE 1 + ((i * 37 % 101) % 20) END,
       st[1 + i % 30] || ' ' || kd[1 + (i / 30) % 6],
       (1 + i * 7 % 180)::text || ' ' || st[1 + i % 30],
       tw[1 + (i * 7) % 12],
       pc[1 + (i * 7) % 12] || (1 + i % 27)::text || ' ' || (1 + i % 9)::text
           || chr(65 + i % 26) || chr(65 + (i * 3 + 7) % 26),
       CASE WHEN i % 9 = 0 THEN 'H' WHEN i % 3 = 0 OR i % 5 = 0 THEN 'M' ELSE 'L' END,
       CASE WHEN i % 4 = 0 THEN NULL
            ELSE (array['Site manager','Caretaker','Duty manager','Facilities','Head chef','Reception'])[1 + i % 6] END,
       CASE WHEN i % 13 = 0 THEN 'Sign in at gatehouse, hi-vis required'
            WHEN i % 17 = 0 THEN 'No access before 9am - residents sleeping'
            ELSE NULL END
FROM generate_series(1, 180) AS i
CROSS JOIN (SELECT
    array['Kirkstall Road','Wellington Street','Meanwood Road','Roundhay Road','Harrogate Road','Otley Road',
          'Dewsbury Road','Elland Road','Selby Road','York Road','Tong Road','Stanningley Road',
          'Low Lane','Park Row','Canal Wharf','Water Lane','Sovereign Street','Aire Street',
          'Bridge End','Call Lane','Kirkgate','Briggate','Albion Street','Vicar Lane',
          'Great George Street','Clarendon Road','Woodhouse Lane','Burley Road','Cardigan Road','Spen Lane'] AS st,
    array['House','Works','Depot','Centre','Court','Mill'] AS kd,
    array['Leeds','Bradford','Wakefield','Harrogate','York','Huddersfield','Halifax','Otley','Pudsey','Morley','Castleford','Dewsbury'] AS tw,
    array['LS','BD','WF','HG','YO','HD','HX','LS','LS','LS','WF','WF'] AS pc
) a;

-- ---------------------------------------------------------------- engineer
CREATE TABLE engineer (
    eng_id    integer PRIMARY KEY,
    full_name text    NOT NULL,
    van_reg   text,
    grade     char(1) NOT NULL,
    start_dt  date    NOT NULL,
    leaver_dt date,
    mobile    text
);
COMMENT ON TABLE engineer IS 'Our service engineers, past and present';
COMMENT ON COLUMN engineer.grade IS 'T = trainee, E = engineer, S = senior engineer (can sign off panels)';
COMMENT ON COLUMN engineer.leaver_dt IS 'Last day with us; empty while they still work here';

INSERT INTO engineer VALUES
 (1, 'Dave Hirst',     'YK19 FXD', 'S', '2015-03-02', NULL,         '07700 900101'),
 (2, 'Priya Sandhu',   'YJ21 KLT', 'S', '2017-06-12', NULL,         '07700 900102'),
 (3, 'Tom Ackroyd',    'YK68 PWN', 'E', '2019-09-02', NULL,         '07700 900103'),
 (4, 'Kelly Marsden',  'YD70 RRB', 'E', '2021-01-11', NULL,         '07700 900104'),
 (5, 'Jamal Okafor',   'YH22 ZSV', 'E', '2022-04-04', NULL,         '07700 900105'),
 (6, 'Ryan Whitaker',  'YB17 GNO', 'E', '2020-02-03', '2025-08-29', NULL),
 (7, 'Sophie Lund',    'YK25 AEF', 'T', '2025-09-01', NULL,         '07700 900107'),
 (8, 'Gary Holroyd',   'YA14 MUD', 'S', '2012-05-14', '2024-06-28', NULL),
 (9, 'Amy Bell',       NULL,       'T', '2026-10-05', NULL,         '07700 900109');

-- ---------------------------------------------------------------- asset_types
CREATE TABLE asset_types (
    type_code   text    PRIMARY KEY,
    descr       text    NOT NULL,
    cat         char(1) NOT NULL,
    ext_svc_yrs integer
);
COMMENT ON TABLE asset_types IS 'Kinds of kit we install and service';
COMMENT ON COLUMN asset_types.cat IS 'Category: E = extinguisher, A = fire alarm, L = emergency lighting';
COMMENT ON COLUMN asset_types.ext_svc_yrs IS 'Extinguishers only: years between extended service / overhaul (discharge test)';

INSERT INTO asset_types VALUES
 ('W9',  'Water extinguisher 9L',         'E', 5),
 ('F6',  'Foam (AFFF) extinguisher 6L',   'E', 5),
 ('C2',  'CO2 extinguisher 2kg',          'E', 10),
 ('C5',  'CO2 extinguisher 5kg',          'E', 10),
 ('P6',  'Dry powder extinguisher 6kg',   'E', 5),
 ('WC6', 'Wet chemical extinguisher 6L',  'E', 5),
 ('PNL', 'Fire alarm control panel',      'A', NULL),
 ('EL',  'Emergency light fitting',       'L', NULL);

-- ---------------------------------------------------------------- part
CREATE TABLE part (
    part_no    text          PRIMARY KEY,
    descr      text          NOT NULL,
    unit_cost  numeric(8,2)  NOT NULL,
    list_price numeric(8,2)  NOT NULL,
    active     boolean       NOT NULL DEFAULT true
);
COMMENT ON TABLE part IS 'Parts and consumables we carry on the vans';
COMMENT ON COLUMN part.unit_cost IS 'What we pay the supplier, each';
COMMENT ON COLUMN part.list_price IS 'What we normally charge the client, each, ex VAT (2024-25 price list; 5% went on in Jan 2026)';
COMMENT ON COLUMN part.active IS 'False = discontinued, no longer stocked';

INSERT INTO part VALUES
 ('EXT-W9',   'Water extinguisher 9L (replacement)',        24.50,  49.00, true),
 ('EXT-F6',   'Foam extinguisher 6L (replacement)',         27.00,  54.00, true),
 ('EXT-C2',   'CO2 extinguisher 2kg (replacement)',         31.00,  62.00, true),
 ('EXT-C5',   'CO2 extinguisher 5kg (replacement)',         52.00,  98.00, true),
 ('EXT-P6',   'Powder extinguisher 6kg (replacement)',      23.00,  46.00, true),
 ('EXT-WC6',  'Wet chemical extinguisher 6L (replacement)', 44.00,  86.00, true),
 ('HORN-CO2', 'CO2 horn and hose assembly',                  6.20,  14.50, true),
 ('HOSE-STD', 'Discharge hose, water/foam',                  3.10,   8.50, true),
 ('PIN-TAG',  'Safety pin and tamper tag (pack of 10)',      1.80,   6.00, true),
 ('BRKT-WL',  'Wall bracket',                                1.50,   5.50, true),
 ('STND-2',   'Double extinguisher stand',                  12.00,  26.00, true),
 ('SIGN-ID',  'Extinguisher ID sign',                        0.90,   3.50, true),
 ('FB-1212',  'Fire blanket 1.2 x 1.2m',                     7.50,  18.00, true),
 ('BAT-12V7', 'Panel standby battery 12V 7Ah',               9.80,  24.00, true),
 ('BAT-12V17','Panel standby battery 12V 17Ah',             21.00,  48.00, true),
 ('DET-OPT',  'Optical smoke detector head',                11.50,  32.00, true),
 ('DET-HEAT', 'Heat detector head',                          9.00,  28.00, true),
 ('MCP-RED',  'Manual call point',                           8.40,  25.00, true),
 ('SND-WALL', 'Wall sounder',                               13.00,  35.00, true),
 ('EL-BAT',   'Emergency light battery pack',                6.50,  19.50, true),
 ('EL-LED',   'LED emergency bulkhead 3hr',                 16.00,  42.00, true),
 ('EL-EXIT',  'Exit sign blade, running man',               19.00,  55.00, true),
 ('EL-NICAD', 'NiCd battery pack (old fittings)',            5.20,  15.00, false),
 ('DET-ION',  'Ionisation detector head (old type)',        10.00,  27.00, false);

-- ---------------------------------------------------------------- assets
CREATE TABLE assets (
    asset_id   integer PRIMARY KEY,
    site_id    integer NOT NULL REFERENCES site (site_id),
    type_code  text    NOT NULL REFERENCES asset_types (type_code),
    serial_no  text,
    locn       text,
    install_dt date    NOT NULL,
    removed_dt date
);
COMMENT ON TABLE assets IS 'Asset register: every extinguisher, panel and emergency light on every site';
COMMENT ON COLUMN assets.type_code IS 'What it is - code from asset_types (W9, F6, C2, C5, P6, WC6, PNL, EL)';
COMMENT ON COLUMN assets.locn IS 'Where it is in the building';
COMMENT ON COLUMN assets.removed_dt IS 'Date it was taken off site (condemned / replaced / site closed). Empty = still there in service';

INSERT INTO assets (asset_id, site_id, type_code, serial_no, locn, install_dt, removed_dt)
SELECT i, site_id, type_code, serial_no, locn, install_dt,
       CASE WHEN i % 10 = 3 AND rem > install_dt + 30 THEN rem ELSE NULL END
FROM (
    SELECT i,
           1 + ((i * 53 + i / 180) % 180) AS site_id,
           CASE WHEN t < 6 THEN 'W9' WHEN t < 9 THEN 'F6' WHEN t < 12 THEN 'C2' WHEN t < 14 THEN 'C5'
                WHEN t = 14 THEN 'P6' WHEN t = 15 THEN 'WC6' WHEN t < 19 THEN 'EL' ELSE 'PNL' END AS type_code,
           CASE WHEN i % 23 = 0 THEN NULL ELSE 'SN' || (100000 + i * 7919 % 900000)::text END AS serial_no,
           (array['Reception','Main kitchen','Stairwell 1','Stairwell 2','Plant room','Corridor by lift',
                  'Loading bay','Office 1st floor','Fire exit rear','Server room','Workshop','Dining room'])[1 + (i * 7) % 12] AS locn,
           CASE WHEN i = 1000 THEN date '2025-01-01' ELSE date '2008-01-01' + (i * 613 % 6900) END AS install_dt,
           date '2024-01-01' + (i * 29 % 1065) AS rem
    FROM (SELECT i, (i * 7 + i / 20 + i * i) % 20 AS t FROM generate_series(1, 1800) AS i) g
) a;

-- ---------------------------------------------------------------- visits
CREATE TABLE visits (
    visit_id    integer PRIMARY KEY,
    site_id     integer NOT NULL REFERENCES site (site_id),
    eng_id      integer REFERENCES engineer (eng_id),
    visit_dt    date    NOT NULL,
    visit_type  char(1) NOT NULL,
    st          char(1) NOT NULL,
    hrs         numeric(4,2),
    job_ref     text,
    cust_signed boolean,
    notes       text
);
COMMENT ON TABLE visits IS 'Every engineer visit to a site, booked or done';
COMMENT ON COLUMN visits.visit_type IS 'S = annual service, R = reactive call-out (fault / activation), F = follow-up remedial works against a quote, I = new installation';
COMMENT ON COLUMN visits.st IS 'B = booked, not done yet, C = completed, N = no access (engineer turned up, couldn''t get in), X = cancelled by client';
COMMENT ON COLUMN visits.hrs IS 'Hours on site from the job sheet, only filled in once the job is completed';
COMMENT ON COLUMN visits.cust_signed IS 'Customer signed the job sheet on the day';

INSERT INTO visits (visit_id, site_id, eng_id, visit_dt, visit_type, st, hrs, job_ref, cust_signed, notes)
WITH raw AS (
    -- annual services, one per site per year (lost clients not renewed for 2026)
    SELECT s.site_id, make_date(y, 1, 1) + ((s.site_id * 17 + y * 5) % 330) AS visit_dt, 'S'::char(1) AS visit_type,
           s.site_id * 7 + y AS h
    FROM site s
    JOIN clients c ON c.client_id = s.client_id
    CROSS JOIN generate_series(2024, 2026) AS y
    WHERE NOT (c.st = 'L' AND y = 2026)
    UNION ALL
    -- reactive call-outs; a dozen problem sites ring us far more than the rest
    SELECT r.site_id, r.visit_dt, 'R', r.h
    FROM (
        SELECT CASE WHEN i % 4 = 0 THEN 7 + 13 * ((i * 37 % 101) % 12) ELSE 1 + (i * 71 % 180) END AS site_id,
               date '2024-01-01' + (i * 7919 % 1065) AS visit_dt,
               i * 13 + 5 AS h
        FROM generate_series(1, 1000) AS i
    ) r
    JOIN site s ON s.site_id = r.site_id
    JOIN clients c ON c.client_id = s.client_id
    WHERE NOT (c.st = 'L' AND r.visit_dt >= date '2026-01-01')
    UNION ALL
    -- new installations
    SELECT 1 + (i * 31 % 180), date '2024-01-08' + (i * 17 % 1050), 'I', i * 11
    FROM generate_series(1, 60) AS i
), numbered AS (
    SELECT raw.*, row_number() OVER (ORDER BY visit_dt, visit_type, site_id, h) AS rn
    FROM raw
), stat AS (
    SELECT n.*,
           CASE
             WHEN n.visit_type = 'S' THEN
               CASE WHEN n.visit_dt >= date '2026-11-23' THEN 'B' WHEN n.h % 29 = 0 THEN 'X' WHEN n.h % 23 = 0 THEN 'N' ELSE 'C' END
             WHEN n.visit_type = 'R' THEN
               CASE WHEN n.visit_dt >= date '2026-11-27' THEN 'B' WHEN n.h % 31 = 0 THEN 'X' WHEN n.h % 37 = 0 THEN 'N' ELSE 'C' END
             ELSE CASE WHEN n.visit_dt >= date '2026-11-23' THEN 'B' ELSE 'C' END
           END AS st
    FROM numbered n
)
SELECT s.rn, s.site_id, pick.eng_id, s.visit_dt, s.visit_type, s.st,
       CASE WHEN s.st <> 'C' THEN NULL
            WHEN s.visit_type = 'S' THEN 1 + (s.h % 9) * 0.25
            WHEN s.visit_type = 'R' THEN 0.5 + (s.h % 8) * 0.25
            ELSE 3 + s.h % 5 END,
       s.visit_type || '-' || to_char(s.visit_dt, 'YYMM') || '-' || lpad(s.rn::text, 4, '0'),
       CASE WHEN s.st = 'C' THEN (s.h % 11 <> 0) ELSE NULL END,
       CASE WHEN s.st = 'N' THEN 'No one on site with keys'
            WHEN s.st = 'X' THEN 'Client cancelled on the day'
            WHEN s.visit_type = 'R' AND s.h % 5 = 0 THEN 'False alarm - burnt toast'
            ELSE NULL END
FROM stat s
JOIN LATERAL (
    SELECT q.eng_id
    FROM (SELECT e.eng_id, row_number() OVER (ORDER BY e.eng_id) AS k, count(*) OVER () AS cnt
          FROM engineer e
          WHERE e.start_dt <= s.visit_dt AND (e.leaver_dt IS NULL OR e.leaver_dt >= s.visit_dt)) q
    WHERE q.k = 1 + ((s.h * 7 + s.rn) % q.cnt)
) pick ON true;

-- ---------------------------------------------------------------- visit_asset
CREATE TABLE visit_asset (
    chk_id   integer PRIMARY KEY,
    visit_id integer NOT NULL REFERENCES visits (visit_id),
    asset_id integer NOT NULL REFERENCES assets (asset_id),
    result   char(1) NOT NULL,
    comments text
);
COMMENT ON TABLE visit_asset IS 'Assets checked on a visit (one line per asset per visit)';
COMMENT ON COLUMN visit_asset.result IS 'Test result: P = pass, F = fail, N = not tested (couldn''t get to it)';

INSERT INTO visit_asset (chk_id, visit_id, asset_id, result, comments)
SELECT row_number() OVER (ORDER BY visit_id, asset_id), visit_id, asset_id, result,
       CASE WHEN result = 'N' THEN 'Blocked by stock / locked room' ELSE NULL END
FROM (
    -- annual service: everything on site gets checked
    SELECT v.visit_id, a.asset_id,
           CASE WHEN (v.visit_id * 31 + a.asset_id * 17) % 100 < 87 THEN 'P'
                WHEN (v.visit_id * 31 + a.asset_id * 17) % 100 < 97 THEN 'F'
                ELSE 'N' END AS result
    FROM visits v
    JOIN assets a ON a.site_id = v.site_id
                 AND a.install_dt <= v.visit_dt
                 AND (a.removed_dt IS NULL OR a.removed_dt > v.visit_dt)
    WHERE v.visit_type = 'S' AND v.st = 'C'
    UNION ALL
    -- call-out: the one thing that went wrong
    (SELECT DISTINCT ON (v.visit_id) v.visit_id, a.asset_id,
           CASE WHEN v.visit_id % 5 < 3 THEN 'F' ELSE 'P' END
    FROM visits v
    JOIN assets a ON a.site_id = v.site_id
                 AND a.install_dt <= v.visit_dt
                 AND (a.removed_dt IS NULL OR a.removed_dt > v.visit_dt)
    WHERE v.visit_type = 'R' AND v.st = 'C'
    ORDER BY v.visit_id, (a.asset_id * v.visit_id) % 101, a.asset_id)
) x;

-- ---------------------------------------------------------------- defects
CREATE TABLE defects (
    defect_id integer PRIMARY KEY,
    visit_id  integer NOT NULL REFERENCES visits (visit_id),
    asset_id  integer REFERENCES assets (asset_id),
    sev       char(1) NOT NULL,
    descr     text    NOT NULL,
    fixed_dt  date,
    notes     text
);
COMMENT ON TABLE defects IS 'Defects found on visits. Asset is blank for general site defects (doors, signs, escape routes)';
COMMENT ON COLUMN defects.sev IS 'Severity: C = critical (danger to life, sort today), M = major (fix within 28 days), A = advisory';
COMMENT ON COLUMN defects.fixed_dt IS 'Date it was put right. Empty = still outstanding';

INSERT INTO defects (defect_id, visit_id, asset_id, sev, descr, fixed_dt, notes)
SELECT row_number() OVER (ORDER BY d.visit_id, d.asset_id NULLS LAST),
       d.visit_id, d.asset_id, d.sev,
       CASE d.cat
         WHEN 'E' THEN (array['Pressure gauge in the red','Discharged - not reported','Body corroded','Missing safety pin and tag','Overdue extended service','Hose perished'])[1 + d.h % 6]
         WHEN 'L' THEN (array['Failed 3hr duration test','Lamp not lit','Battery swollen','Charging LED off'])[1 + d.h % 4]
         WHEN 'A' THEN (array['Zone fault on panel','Standby batteries failed load test','Sounder circuit open','Detector head contaminated'])[1 + d.h % 4]
         ELSE (array['Fire door wedged open','Escape route obstructed','Fire action notices missing','No fire log book on site','Final exit locked'])[1 + d.h % 5]
       END,
       CASE WHEN d.h % 6 = 0 THEN NULL
            WHEN d.visit_dt + 1 + d.h % 45 > date '2026-11-30' THEN NULL
            ELSE d.visit_dt + 1 + d.h % 45 END,
       CASE WHEN d.h % 13 = 0 THEN 'Client says they will sort it themselves' ELSE NULL END
FROM (
    SELECT va.visit_id, va.asset_id, t.cat, v.visit_dt,
           (va.chk_id * 7 + va.asset_id) AS h,
           CASE WHEN (va.chk_id * 7 + va.asset_id) % 10 < 2 THEN 'C'
                WHEN (va.chk_id * 7 + va.asset_id) % 10 < 6 THEN 'M' ELSE 'A' END AS sev
    FROM visit_asset va
    JOIN visits v ON v.visit_id = va.visit_id
    JOIN assets a ON a.asset_id = va.asset_id
    JOIN asset_types t ON t.type_code = a.type_code
    WHERE va.result = 'F'
    UNION ALL
    SELECT v.visit_id, NULL, 'X', v.visit_dt, v.visit_id * 3 AS h,
           CASE WHEN v.visit_id % 4 = 0 THEN 'M' WHEN v.visit_id % 9 = 0 THEN 'C' ELSE 'A' END
    FROM visits v
    WHERE v.visit_type = 'S' AND v.st = 'C' AND v.visit_id % 7 = 0
) d;

-- ---------------------------------------------------------------- quote
CREATE TABLE quote (
    quote_id    integer PRIMARY KEY,
    quote_ref   text          NOT NULL UNIQUE,
    site_id     integer       NOT NULL REFERENCES site (site_id),
    defect_id   integer       REFERENCES defects (defect_id),
    issued_dt   date          NOT NULL,
    amt         numeric(10,2) NOT NULL,
    st          char(1)       NOT NULL,
    decision_dt date,
    notes       text
);
COMMENT ON TABLE quote IS 'Quotes for remedial / upgrade work sent to clients';
COMMENT ON COLUMN quote.defect_id IS 'The defect the quote is for; blank for upgrade quotes not tied to a defect';
COMMENT ON COLUMN quote.amt IS 'Quoted price ex VAT';
COMMENT ON COLUMN quote.st IS 'W = waiting to hear back, A = accepted, D = declined';
COMMENT ON COLUMN quote.decision_dt IS 'When they accepted or declined; empty while we are still waiting';

INSERT INTO quote (quote_id, quote_ref, site_id, defect_id, issued_dt, amt, st, decision_dt, notes)
SELECT rn, 'Q' || (24000 + rn)::text, site_id, defect_id, issued_dt, amt, st,
       CASE WHEN st = 'W' THEN NULL ELSE LEAST(issued_dt + 3 + h % 30, date '2026-11-30') END,
       CASE WHEN st = 'D' AND h % 3 = 0 THEN 'Too expensive - getting their own electrician'
            WHEN st = 'W' AND issued_dt < date '2026-06-01' THEN 'Chased twice, no reply'
            ELSE NULL END
FROM (
    SELECT row_number() OVER (ORDER BY issued_dt, site_id, defect_id NULLS LAST) AS rn, q.*,
           CASE WHEN issued_dt > date '2026-10-20' THEN (CASE WHEN h % 3 = 0 THEN 'A' ELSE 'W' END)
                WHEN h % 20 < 11 THEN 'A' WHEN h % 20 < 17 THEN 'D' ELSE 'W' END AS st
    FROM (
        SELECT v.site_id, d.defect_id, v.visit_dt + 2 + d.defect_id % 8 AS issued_dt,
               round((CASE d.sev WHEN 'C' THEN 180 ELSE 60 END + (d.defect_id * 37 % 1900) * 0.85)::numeric, 2) AS amt,
               d.defect_id * 11 + 3 AS h
        FROM defects d
        JOIN visits v ON v.visit_id = d.visit_id
        WHERE (d.sev IN ('C', 'M') AND d.defect_id % 3 <> 0)
           OR (d.sev = 'A' AND d.defect_id % 5 = 0)
        UNION ALL
        SELECT s.site_id, NULL, date '2024-02-12' + (s.site_id * 41 % 1000), 2400 + s.site_id * 13.5, s.site_id * 5
        FROM site s WHERE s.site_id % 25 = 0
    ) q
    WHERE q.issued_dt <= date '2026-11-30'
) z;

-- follow-up remedial visits for accepted quotes: visit_id = 5000 + quote_id
INSERT INTO visits (visit_id, site_id, eng_id, visit_dt, visit_type, st, hrs, job_ref, cust_signed, notes)
SELECT 5000 + f.quote_id, f.site_id, pick.eng_id, f.visit_dt, 'F', f.st,
       CASE WHEN f.st = 'C' THEN 2 + f.quote_id % 4 ELSE NULL END,
       'F-' || to_char(f.visit_dt, 'YYMM') || '-' || f.quote_ref,
       CASE WHEN f.st = 'C' THEN true ELSE NULL END,
       'Remedials as per ' || f.quote_ref
FROM (
    SELECT q.quote_id, q.quote_ref, q.site_id, q.decision_dt + 5 + q.quote_id % 20 AS visit_dt,
           CASE WHEN q.decision_dt + 5 + q.quote_id % 20 >= date '2026-11-23' THEN 'B' ELSE 'C' END AS st
    FROM quote q
    WHERE q.st = 'A' AND q.decision_dt + 5 + q.quote_id % 20 <= date '2026-11-30'
) f
JOIN LATERAL (
    SELECT x.eng_id
    FROM (SELECT e.eng_id, row_number() OVER (ORDER BY e.eng_id) AS k, count(*) OVER () AS cnt
          FROM engineer e
          WHERE e.grade <> 'T' AND e.start_dt <= f.visit_dt AND (e.leaver_dt IS NULL OR e.leaver_dt >= f.visit_dt)) x
    WHERE x.k = 1 + (f.quote_id * 3 % x.cnt)
) pick ON true;

-- ---------------------------------------------------------------- parts_used
CREATE TABLE parts_used (
    id         integer PRIMARY KEY,
    visit_id   integer      NOT NULL REFERENCES visits (visit_id),
    part_no    text         NOT NULL REFERENCES part (part_no),
    qty        integer      NOT NULL,
    unit_price numeric(8,2) NOT NULL,
    disc_pct   numeric(5,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE parts_used IS 'Parts fitted / left on site on a visit';
COMMENT ON COLUMN parts_used.unit_price IS 'Price charged per item before any discount, ex VAT';
COMMENT ON COLUMN parts_used.disc_pct IS 'Discount given on the line, percent (0, 10 or 15)';

INSERT INTO parts_used (id, visit_id, part_no, qty, unit_price, disc_pct)
SELECT row_number() OVER (ORDER BY l.visit_id, l.ln), l.visit_id, p.part_no,
       CASE WHEN p.list_price < 10 THEN 1 + l.h % 6 ELSE 1 + l.h % 2 END,
       CASE WHEN l.visit_dt >= date '2026-01-01' THEN round(p.list_price * 1.05, 2) ELSE p.list_price END,
       CASE WHEN l.h % 10 = 0 THEN 10 WHEN l.h % 10 = 1 THEN 15 ELSE 0 END
FROM (
    SELECT v.visit_id, v.visit_dt, ln, (v.visit_id * 13 + ln * 7) AS h
    FROM visits v
    CROSS JOIN LATERAL generate_series(1,
        CASE v.visit_type WHEN 'S' THEN CASE WHEN v.visit_id % 3 = 0 THEN 1 ELSE 0 END
                          WHEN 'R' THEN CASE WHEN v.visit_id % 40 = 0 THEN 0 WHEN v.visit_id % 4 = 0 THEN 0 ELSE 1 + v.visit_id % 2 END
                          WHEN 'F' THEN 2 + v.visit_id % 2
                          ELSE 3 END) AS ln
    WHERE v.st = 'C'
) l
JOIN (SELECT part_no, list_price, row_number() OVER (ORDER BY active DESC, part_no) AS pn FROM part) p
  ON p.pn = 1 + (((l.visit_id * 7919 + l.ln * 104729) % 1009) % CASE WHEN l.visit_dt < date '2025-01-01' THEN 24 ELSE 22 END);

-- ---------------------------------------------------------------- invoices
CREATE TABLE invoices (
    inv_id    integer       PRIMARY KEY,
    inv_no    text          NOT NULL UNIQUE,
    client_id integer       NOT NULL REFERENCES clients (client_id),
    visit_id  integer       REFERENCES visits (visit_id),
    quote_id  integer       REFERENCES quote (quote_id),
    inv_dt    date          NOT NULL,
    net_amt   numeric(10,2) NOT NULL,
    vat_amt   numeric(10,2) NOT NULL,
    due_dt    date          NOT NULL,
    paid_dt   date,
    notes     text
);
COMMENT ON TABLE invoices IS 'Sales invoices, one per completed job';
COMMENT ON COLUMN invoices.net_amt IS 'Invoice total ex VAT';
COMMENT ON COLUMN invoices.vat_amt IS 'VAT at 20%';
COMMENT ON COLUMN invoices.due_dt IS 'Invoice date plus the client''s terms';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the money hit the bank. Empty = not paid yet';
COMMENT ON COLUMN invoices.quote_id IS 'Set when the invoice is for remedial work we quoted for';

INSERT INTO invoices (inv_id, inv_no, client_id, visit_id, quote_id, inv_dt, net_amt, vat_amt, due_dt, paid_dt, notes)
SELECT b.inv_id, 'INV-' || (10000 + b.inv_id)::text, b.client_id, b.visit_id, b.quote_id, b.inv_dt, b.net_amt,
       round(b.net_amt * 0.20, 2), b.inv_dt + b.terms_days,
       CASE WHEN b.net_amt = 0 THEN b.inv_dt
            WHEN b.cst = 'S' AND b.inv_dt >= date '2026-03-01' THEN NULL
            WHEN b.inv_id % 97 = 0 THEN NULL
            WHEN GREATEST(b.inv_dt + 1, b.inv_dt + b.terms_days + (b.inv_id * 7 % 50) - 20) > date '2026-11-30' THEN NULL
            ELSE GREATEST(b.inv_dt + 1, b.inv_dt + b.terms_days + (b.inv_id * 7 % 50) - 20) END,
       CASE WHEN b.net_amt = 0 THEN 'Warranty - no charge'
            WHEN b.inv_id % 97 = 0 THEN 'Disputed'
            ELSE NULL END
FROM (
    SELECT (row_number() OVER (ORDER BY LEAST(v.visit_dt + 1 + v.visit_id % 3, date '2026-11-30'), v.visit_id))::int AS inv_id,
           s.client_id, c.terms_days, c.st AS cst, v.visit_id,
           CASE WHEN v.visit_type = 'F' THEN v.visit_id - 5000 END AS quote_id,
           LEAST(v.visit_dt + 1 + v.visit_id % 3, date '2026-11-30') AS inv_dt,
           CASE v.visit_type
             WHEN 'S' THEN 45 + 6.5 * (SELECT count(*) FROM visit_asset va WHERE va.visit_id = v.visit_id)
             WHEN 'R' THEN CASE WHEN v.visit_id % 40 = 0 THEN 0 ELSE 95 + v.hrs * 55 END
             WHEN 'F' THEN (SELECT q.amt FROM quote q WHERE q.quote_id = v.visit_id - 5000)
             ELSE 250 + v.hrs * 55 END
           + CASE WHEN v.visit_type = 'F' THEN 0
                  ELSE COALESCE((SELECT sum(round(pu.qty * pu.unit_price * (1 - pu.disc_pct / 100), 2))
                                 FROM parts_used pu WHERE pu.visit_id = v.visit_id), 0) END AS net_amt
    FROM visits v
    JOIN site s ON s.site_id = v.site_id
    JOIN clients c ON c.client_id = s.client_id
    WHERE v.st = 'C'
) b;

-- the New Year's Eve job that went out on New Year's Day
UPDATE invoices
SET inv_dt = date '2026-01-01',
    due_dt = date '2026-01-01' + (due_dt - inv_dt)
WHERE inv_id = (SELECT min(inv_id) FROM invoices WHERE inv_dt = date '2025-12-31');
