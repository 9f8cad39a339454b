-- Made-up schema: a small mobile locksmith and key-cutting business in West Yorkshire
-- (technicians, vans, customers, customer properties, jobs / call-outs, parts catalogue,
-- parts fitted on jobs, quotes, invoices). Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS qte;
DROP TABLE IF EXISTS job_part;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS part;
DROP TABLE IF EXISTS prop;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS tech;
DROP TABLE IF EXISTS van;

-- ---------------------------------------------------------------- van
CREATE TABLE van (
    van_no      smallint PRIMARY KEY,
    reg_no      varchar(8) NOT NULL,
    mk_mdl      text NOT NULL,
    yr_reg      smallint NOT NULL,
    odo_km      integer NOT NULL,
    last_svc_dt date,
    in_svc      boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE van IS 'Company vans (each carries a key-cutting machine and a stock of common parts)';
COMMENT ON COLUMN van.reg_no IS 'UK registration plate';
COMMENT ON COLUMN van.odo_km IS 'odometer reading at last check, kilometres';
COMMENT ON COLUMN van.last_svc_dt IS 'date of last garage service; NULL = not serviced since we bought it';
COMMENT ON COLUMN van.in_svc IS 'false = off the road / sold';

INSERT INTO van (van_no, reg_no, mk_mdl, yr_reg, odo_km, last_svc_dt, in_svc) VALUES
    (1, 'YD19 KLM', 'Ford Transit Custom',   2019, 168420, date '2026-02-11', true),
    (2, 'YB20 RTA', 'Ford Transit Custom',   2020, 141087, date '2025-10-03', true),
    (3, 'YK18 PWO', 'Vauxhall Vivaro',       2018, 203955, date '2026-06-19', true),
    (4, 'YJ21 HHX', 'Volkswagen Transporter', 2021, 98310, date '2026-09-01', true),
    (5, 'YF22 CZN', 'Renault Trafic',        2022,  76044, NULL,              true),
    (6, 'YC17 MMB', 'Vauxhall Vivaro',       2017, 251300, date '2024-08-27', false),
    (7, 'YA23 SOE', 'Ford Transit Connect',  2023,  41870, NULL,              true),
    (8, 'YH16 VDL', 'Citroen Berlingo',      2016, 189660, date '2025-03-14', true),
    (9, 'YE24 TRF', 'Volkswagen Transporter', 2024, 22515, date '2026-10-22', true);

-- ---------------------------------------------------------------- tech (technicians)
CREATE TABLE tech (
    tech_id   smallint PRIMARY KEY,
    tech_nm   text NOT NULL,
    lvl_cd    smallint NOT NULL,
    safe_cert boolean NOT NULL DEFAULT false,
    hire_dt   date NOT NULL,
    term_dt   date,
    hr_rate   numeric(6,2) NOT NULL,
    van_no    smallint,
    mob_no    varchar(13)
);
COMMENT ON TABLE tech IS 'Locksmiths and apprentices, current and former';
COMMENT ON COLUMN tech.lvl_cd IS '1 = apprentice, 2 = locksmith, 3 = master locksmith';
COMMENT ON COLUMN tech.safe_cert IS 'true = certified to open and service safes';
COMMENT ON COLUMN tech.term_dt IS 'last day of employment; NULL = still works for us';
COMMENT ON COLUMN tech.hr_rate IS 'pay per hour, GBP';
COMMENT ON COLUMN tech.van_no IS 'van normally driven (van.van_no); no FK; NULL = no van of their own (rides along)';

INSERT INTO tech (tech_id, tech_nm, lvl_cd, safe_cert, hire_dt, term_dt, hr_rate, van_no, mob_no) VALUES
    (1,  'Gary Whitfield',    3, true,  date '2011-04-04', NULL,              24.50, 1,    '07700 900101'),
    (2,  'Dean Ackroyd',      2, false, date '2016-09-12', NULL,              18.75, 2,    '07700 900102'),
    (3,  'Sean Pickles',      2, false, date '2018-01-08', date '2025-06-30', 18.00, 3,    '07700 900103'),
    (4,  'Priya Raval',       3, true,  date '2015-06-01', NULL,              23.80, 4,    '07700 900104'),
    (5,  'Mark Haigh',        2, false, date '2019-03-18', NULL,              18.25, 5,    '07700 900105'),
    (6,  'Tomasz Nowak',      2, false, date '2020-07-06', date '2024-09-30', 17.90, 6,    '07700 900106'),
    (7,  'Lee Sutcliffe',     3, true,  date '2012-10-22', NULL,              24.10, 7,    '07700 900107'),
    (8,  'Kirsty Barraclough', 2, false, date '2021-02-15', date '2026-03-31', 18.40, 8,   '07700 900108'),
    (9,  'Imran Hussain',     2, false, date '2022-05-03', NULL,              17.60, 3,    '07700 900109'),
    (10, 'Craig Oldroyd',     2, true,  date '2017-11-27', NULL,              20.30, 9,    '07700 900110'),
    (11, 'Bethany Firth',     1, false, date '2025-05-12', NULL,              12.20, NULL, '07700 900111'),
    (12, 'Jordan Mellor',     1, false, date '2024-10-01', NULL,              12.60, 6,    '07700 900112'),
    (13, 'Aleksander Zielinski', 1, false, date '2026-11-16', NULL,           11.90, NULL, '07700 900113'),
    (14, 'Chloe Brear',       2, false, date '2026-11-23', NULL,              17.50, 8,    NULL);

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id  integer PRIMARY KEY,
    cust_nm  text NOT NULL,
    cust_typ char(1) NOT NULL,
    phone    varchar(15),
    email    text,
    acct_flg boolean NOT NULL DEFAULT false,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers: householders, businesses, letting agents / landlords, public bodies';
COMMENT ON COLUMN cust.cust_typ IS 'R = residential, B = business, L = letting agent or landlord, P = public sector (schools, council, NHS)';
COMMENT ON COLUMN cust.email IS 'NULL = no email address on file';
COMMENT ON COLUMN cust.acct_flg IS 'true = credit account: invoiced at month end, pays within 30 days';
COMMENT ON COLUMN cust.crt_dt IS 'date first put on our books';

INSERT INTO cust (cust_id, cust_nm, cust_typ, phone, email, acct_flg, crt_dt)
WITH c AS (
    SELECT g,
           CASE WHEN g % 10 < 6 THEN 'R' WHEN g % 10 < 8 THEN 'B' WHEN g % 10 = 8 THEN 'L'
                WHEN g % 20 = 9 THEN 'P' ELSE 'R' END AS typ,
           (ARRAY['Susan','David','Karen','Paul','Janet','Stephen','Amir','Helen','Ryan','Joanne',
                  'Michael','Nadia','Graham','Lisa','Wojciech','Sarah','Tariq','Emma','Neil','Zoe'])[1 + g % 20] AS fn,
           (ARRAY['Hirst','Brook','Shaw','Khan','Walker','Lumb','Booth','Ahmed','Greenwood','Kaye','Crowther',
                  'Dyson','Rhodes','Ali','Kowalski','Senior','Holroyd','Marsden','Binns','Firth','Jagger','Moss','Pearson'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 400) AS g
)
SELECT g,
       CASE typ
            WHEN 'R' THEN fn || ' ' || ln
            WHEN 'B' THEN ln || ' ' || (ARRAY['Motors','Dental Practice','Bakery','Print','Logistics','Hair Studio','Solicitors','Pharmacy'])[1 + g % 8] || ' Ltd'
            WHEN 'L' THEN (ARRAY['Keyhouse','Castlegate','Northern Homes','Aire Valley','Dales','Park Lane','Calder','Headrow'])[1 + (g / 10) % 8]
                          || ' Lettings' || CASE WHEN g > 80 THEN ' (' || (g / 80)::text || ')' ELSE '' END
            ELSE (ARRAY['St Mary''s Primary School','Leeds City Council Housing','Kirklees Council Facilities',
                        'Wakefield Health Centre','Harrogate Library','Calderdale College','Bradford Youth Centre',
                        'York Community Hall','Ilkley Grammar School','Otley Town Council'])[1 + (g / 20) % 10]
       END,
       typ,
       CASE WHEN typ = 'R' THEN '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0')
            ELSE '0113 ' || lpad(((g * 431) % 10000000)::text, 7, '0') END,
       CASE WHEN g % 7 = 3 THEN NULL
            WHEN typ = 'R' THEN lower(fn || '.' || ln || g) || '@example.co.uk'
            ELSE 'office' || g || '@example.org.uk' END,
       typ IN ('L', 'P') OR (typ = 'B' AND g % 3 = 0),
       date '2019-02-01' + g * 4 + (g * 13) % 90
FROM c;

-- ---------------------------------------------------------------- prop (customer properties)
CREATE TABLE prop (
    prop_id  integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    addr1    text NOT NULL,
    town     text NOT NULL,
    pcode    varchar(8) NOT NULL,
    prop_typ char(2) NOT NULL,
    key_hld  boolean NOT NULL DEFAULT false,
    alarm    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE prop IS 'Properties we work at; a letting agent or landlord has several';
COMMENT ON COLUMN prop.prop_typ IS 'HS = house, FL = flat, SH = shop, OF = office, WH = warehouse / industrial unit, PB = public building';
COMMENT ON COLUMN prop.key_hld IS 'true = we keep a key for this property on file';
COMMENT ON COLUMN prop.alarm IS 'true = property has an intruder alarm';

INSERT INTO prop (prop_id, cust_id, addr1, town, pcode, prop_typ, key_hld, alarm)
SELECT p.g, c.cust_id,
       (1 + (p.g * 17) % 140)::text || ' ' ||
       (ARRAY['Otley Road','Harehills Lane','Kirkstall Road','Wakefield Road','Leeds Road','Bradford Road','Station Road',
              'Church Lane','Manor Road','Westgate','Northgate','Park Avenue','Victoria Street','Mill Lane','High Street'])[1 + p.g % 15],
       (ARRAY['Leeds','Bradford','Wakefield','Harrogate','Huddersfield','Halifax'])[1 + (p.g * 7) % 6],
       (ARRAY['LS','BD','WF','HG','HD','HX'])[1 + (p.g * 7) % 6] || (1 + p.g % 19)::text || ' '
           || (1 + p.g % 9)::text || chr(65 + p.g % 26) || chr(65 + (p.g * 3) % 26),
       CASE c.cust_typ
            WHEN 'R' THEN CASE WHEN p.g % 3 = 0 THEN 'FL' ELSE 'HS' END
            WHEN 'L' THEN CASE WHEN p.g % 4 = 0 THEN 'HS' ELSE 'FL' END
            WHEN 'B' THEN (ARRAY['SH','OF','WH'])[1 + p.g % 3]
            ELSE 'PB' END,
       c.cust_typ IN ('L', 'B', 'P') AND p.g % 2 = 0,
       c.cust_typ IN ('B', 'P') OR p.g % 4 = 0
FROM (SELECT g, CASE WHEN g <= 400 THEN g ELSE 8 + 10 * ((g - 401) % 40) END AS cid
      FROM generate_series(1, 520) AS g) p
JOIN cust c ON c.cust_id = p.cid;

-- ---------------------------------------------------------------- part (catalogue)
CREATE TABLE part (
    part_id  smallint PRIMARY KEY,
    sku      varchar(12) NOT NULL UNIQUE,
    part_dsc text NOT NULL,
    cat_cd   char(1) NOT NULL,
    uom      varchar(2) NOT NULL,
    cost_px  numeric(7,2) NOT NULL,
    sell_px  numeric(7,2) NOT NULL
);
COMMENT ON TABLE part IS 'Parts catalogue: locks, cylinders, key blanks, door hardware, safe parts, consumables';
COMMENT ON COLUMN part.cat_cd IS 'C = cylinder or lock body, K = key blank, H = door hardware (bolts, hinges, handles), S = safe part, M = consumables';
COMMENT ON COLUMN part.uom IS 'unit of measure: ea = each, pr = pair, pk = pack';
COMMENT ON COLUMN part.cost_px IS 'what one unit costs us, GBP ex VAT';
COMMENT ON COLUMN part.sell_px IS 'list price per unit, GBP ex VAT';

INSERT INTO part (part_id, sku, part_dsc, cat_cd, uom, cost_px, sell_px) VALUES
    (1,  'EC3535',   'Euro cylinder 35/35',                    'C', 'ea',  6.40,  18.00),
    (2,  'EC4040',   'Euro cylinder 40/40',                    'C', 'ea',  6.90,  19.50),
    (3,  'EC3545',   'Euro cylinder 35/45',                    'C', 'ea',  7.10,  19.50),
    (4,  'EC4050',   'Euro cylinder 40/50',                    'C', 'ea',  7.60,  21.00),
    (5,  'AS3535',   'Anti-snap euro cylinder 35/35 3-star',   'C', 'ea', 24.50,  55.00),
    (6,  'AS4040',   'Anti-snap euro cylinder 40/40 3-star',   'C', 'ea', 25.90,  58.00),
    (7,  'AS4545',   'Anti-snap euro cylinder 45/45 3-star',   'C', 'ea', 27.30,  62.00),
    (8,  'TT4040',   'Thumbturn euro cylinder 40/40',          'C', 'ea', 11.20,  29.00),
    (9,  'OV3535',   'Oval cylinder 35/35',                    'C', 'ea',  8.80,  24.00),
    (10, 'RIM01',    'Rim cylinder for nightlatch',            'C', 'ea',  7.40,  20.00),
    (11, 'ML5D',     '5-lever mortice deadlock BS3621',        'C', 'ea', 21.60,  52.00),
    (12, 'ML5S',     '5-lever mortice sashlock BS3621',        'C', 'ea', 23.10,  56.00),
    (13, 'ML3D',     '3-lever mortice deadlock',               'C', 'ea',  9.70,  26.00),
    (14, 'NL60',     'Nightlatch 60mm standard',               'C', 'ea', 14.20,  36.00),
    (15, 'NLBS',     'Nightlatch BS3621 deadlocking',          'C', 'ea', 48.50,  98.00),
    (16, 'MPG35',    'uPVC multipoint gearbox 35mm backset',   'C', 'ea', 19.80,  65.00),
    (17, 'PL50',     'Padlock 50mm closed shackle',            'C', 'ea', 16.40,  39.00),
    (18, 'RDL01',    'Rim automatic deadlatch',                'C', 'ea', 31.00,  74.00),
    (19, 'KB-UL2',   'Key blank UL2 (Union)',                  'K', 'ea',  0.45,   4.50),
    (20, 'KB-YA1',   'Key blank YA1 (Yale)',                   'K', 'ea',  0.40,   4.50),
    (21, 'KB-ERA',   'Key blank ERA euro',                     'K', 'ea',  0.55,   5.00),
    (22, 'KB-AV4',   'Key blank AV4 (Avocet)',                 'K', 'ea',  0.60,   5.00),
    (23, 'KB-MLK',   'Mortice lever key blank 5-lever',        'K', 'ea',  1.10,   8.00),
    (24, 'KB-WIN',   'Window lock key blank',                  'K', 'ea',  0.35,   3.50),
    (25, 'KB-PAD',   'Padlock key blank',                      'K', 'ea',  0.30,   3.50),
    (26, 'KB-ABS',   'ABS restricted key blank',               'K', 'ea',  2.80,  12.00),
    (27, 'KB-MUL',   'Mul-T-Lock key blank',                   'K', 'ea',  3.40,  15.00),
    (28, 'KB-CAB',   'Cabinet / locker key blank',             'K', 'ea',  0.30,   3.00),
    (29, 'KB-GAR',   'Garage door key blank',                  'K', 'ea',  0.50,   4.00),
    (30, 'KB-FOB',   'Proximity fob (blank)',                  'K', 'ea',  1.90,  10.00),
    (31, 'KB-CAR',   'Transponder car key blank',              'K', 'ea', 14.00,  60.00),
    (32, 'KB-DMP',   'Dimple key blank',                       'K', 'ea',  2.20,   9.00),
    (33, 'HB-150',   'Door bolt 150mm',                        'H', 'ea',  3.10,   9.50),
    (34, 'HB-HG',    'Hinge bolts',                            'H', 'pr',  2.90,   9.00),
    (35, 'HN-100',   'Butt hinges 100mm',                      'H', 'pr',  4.20,  12.00),
    (36, 'HD-CH',    'Door chain',                             'H', 'ea',  3.80,  11.00),
    (37, 'HD-VW',    'Door viewer',                            'H', 'ea',  2.70,   9.00),
    (38, 'HD-LP',    'Letter plate with cowl',                 'H', 'ea', 12.40,  30.00),
    (39, 'HD-LG',    'Lever handle set on backplate',          'H', 'pr', 11.50,  32.00),
    (40, 'HD-UP',    'uPVC door handle set',                   'H', 'pr',  9.60,  28.00),
    (41, 'HD-DC',    'Overhead door closer',                   'H', 'ea', 18.20,  49.00),
    (42, 'HD-KP',    'Keep / strike plate',                    'H', 'ea',  1.60,   6.00),
    (43, 'HD-LG2',   'Sash window lock',                       'H', 'ea',  3.30,  10.00),
    (44, 'HD-PB',    'Push bar panic exit device',             'H', 'ea', 64.00, 145.00),
    (45, 'HD-DG',    'Door guard / London bar',                'H', 'ea',  8.40,  24.00),
    (46, 'HD-HSP',   'Hasp and staple',                        'H', 'ea',  4.10,  12.00),
    (47, 'HD-KS',    'Wall key safe',                          'H', 'ea', 22.00,  55.00),
    (48, 'HD-CKL',   'Digital push-button lock',               'H', 'ea', 38.00,  95.00),
    (49, 'SF-EL',    'Electronic safe lock',                   'S', 'ea', 58.00, 140.00),
    (50, 'SF-KP',    'Safe keypad',                            'S', 'ea', 34.00,  85.00),
    (51, 'SF-BAT',   'Safe lock battery pack',                 'S', 'ea',  4.50,  15.00),
    (52, 'SF-ML',    'Safe mechanical combination lock',       'S', 'ea', 72.00, 175.00),
    (53, 'SF-RP',    'Safe relocker',                          'S', 'ea', 26.00,  70.00),
    (54, 'SF-HB',    'Safe handle and spindle',                'S', 'ea', 19.00,  48.00),
    (55, 'CN-GL',    'Lock lubricant (graphite)',              'M', 'ea',  2.10,   6.00),
    (56, 'CN-SC',    'Security screws',                        'M', 'pk',  3.40,   8.00),
    (57, 'CN-WD',    'Wood filler',                            'M', 'ea',  2.60,   7.00),
    (58, 'CN-PK',    'Packers and shims',                      'M', 'pk',  1.90,   5.00),
    (59, 'CN-SL',    'Silicone spray',                         'M', 'ea',  2.40,   6.50),
    (60, 'CN-EP',    'Epoxy resin',                            'M', 'ea',  4.80,  12.00);

-- ---------------------------------------------------------------- job (jobs and call-outs)
CREATE TABLE job (
    job_id   integer PRIMARY KEY,
    prop_id  integer NOT NULL REFERENCES prop (prop_id),
    tech_id  smallint,
    job_typ  char(2) NOT NULL,
    src_cd   smallint NOT NULL,
    rcvd_ts  timestamptz NOT NULL,
    emerg    boolean NOT NULL DEFAULT false,
    arr_ts   timestamptz,
    done_ts  timestamptz,
    job_stat char(1) NOT NULL,
    lab_min  smallint,
    co_fee   numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE job IS 'Jobs and call-outs, one row per visit booked';
COMMENT ON COLUMN job.tech_id IS 'technician sent (tech.tech_id); no FK; NULL = not assigned yet';
COMMENT ON COLUMN job.job_typ IS 'LO = lockout (gaining entry), LC = lock change, RK = rekey, UP = security upgrade, SF = safe opening / service, KC = key cutting on site, RP = lock or door repair';
COMMENT ON COLUMN job.src_cd IS '1 = phone call, 2 = website form, 3 = insurer referral, 4 = letting agent / landlord instruction, 5 = repeat customer / word of mouth';
COMMENT ON COLUMN job.rcvd_ts IS 'when the call or booking came in';
COMMENT ON COLUMN job.emerg IS 'true = emergency call-out (night-time or can''t-wait), charged at the emergency rate';
COMMENT ON COLUMN job.arr_ts IS 'when the technician arrived on site; NULL = not arrived (not yet, or cancelled before arrival)';
COMMENT ON COLUMN job.done_ts IS 'when the work was finished; NULL = not finished';
COMMENT ON COLUMN job.job_stat IS 'N = new (not assigned), A = assigned, O = technician on site, C = completed, X = cancelled';
COMMENT ON COLUMN job.lab_min IS 'labour on site, minutes; NULL until completed';
COMMENT ON COLUMN job.co_fee IS 'call-out charge, GBP ex VAT; 0 = no call-out charge';

INSERT INTO job (job_id, prop_id, tech_id, job_typ, src_cd, rcvd_ts, emerg, arr_ts, done_ts, job_stat, lab_min, co_fee)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-03 07:00:00+00' + g * interval '637 minutes' + ((g * 23) % 180) * interval '1 minute' AS rcvd_ts,
           CASE WHEN g % 5 = 0 THEN 401 + ((g / 5) * 7) % 120     -- letting agents' properties
                WHEN g % 11 = 0 THEN 1 + ((g / 11) * 7) % 30       -- a few accident-prone addresses
                ELSE 1 + (g * 37 + g / 5) % 400 END AS p0,
           (ARRAY['LO','LO','LO','LO','LO','LO','LO','LC','LC','LC','LC','RK','RK','UP','UP','SF','KC','KC','RP','RP'])[1 + (g * 7 + g / 5) % 20] AS job_typ
    FROM generate_series(1, 2400) AS g
), c AS (
    SELECT b.*,
           CASE WHEN p0 % 25 = 13 THEN p0 + 1 ELSE p0 END AS prop_id,   -- some properties never had a job
           extract(hour FROM rcvd_ts AT TIME ZONE 'UTC')::int AS hr,
           1 + (g * 5) % 12 AS t0
    FROM b
), d AS (
    SELECT c.*,
           (job_typ = 'LO' AND (hr >= 19 OR hr < 7 OR g % 4 = 0)) OR (job_typ IN ('LC', 'RP') AND (hr >= 22 OR hr < 6)) AS emerg,
           CASE WHEN rcvd_ts >= timestamptz '2026-11-26 00:00:00+00' THEN (ARRAY['N','A','O'])[1 + g % 3]
                WHEN g % 17 = 0 OR (job_typ = 'LO' AND g % 13 = 0) THEN 'X'
                ELSE 'C' END AS job_stat,
           CASE WHEN prop_id > 400 OR prop_id % 10 = 8 THEN 4
                ELSE (ARRAY[1,1,1,1,2,2,3,5,5])[1 + (g * 5) % 9] END AS src_cd,
           CASE WHEN job_typ = 'SF' THEN (ARRAY[1,4,7,10])[1 + g % 4]
                WHEN t0 = 3  AND rcvd_ts >= timestamptz '2025-07-01 00:00:00+00' THEN 11
                WHEN t0 = 11 AND rcvd_ts <  timestamptz '2025-05-12 00:00:00+00' THEN 2
                WHEN t0 = 6  AND rcvd_ts >= timestamptz '2024-10-01 00:00:00+00' THEN 12
                WHEN t0 = 12 AND rcvd_ts <  timestamptz '2024-10-01 00:00:00+00' THEN 5
                WHEN t0 = 8  AND rcvd_ts >= timestamptz '2026-04-01 00:00:00+00' THEN 1
                ELSE t0 END AS tech
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN job_stat IN ('N', 'A', 'X') THEN NULL
                WHEN job_stat = 'O' THEN rcvd_ts + interval '40 minutes'
                WHEN emerg THEN rcvd_ts + (20 + (g * 13) % 55) * interval '1 minute'
                WHEN job_typ = 'LO' THEN rcvd_ts + (35 + (g * 11) % 80) * interval '1 minute'
                ELSE rcvd_ts + (3 + (g * 7) % 70) * interval '1 hour' END AS arr_ts,
           CASE WHEN job_stat <> 'C' THEN NULL
                ELSE CASE job_typ WHEN 'LO' THEN 10 + (g * 7) % 40
                                  WHEN 'LC' THEN 30 + (g * 3) % 60
                                  WHEN 'RK' THEN 25 + (g * 5) % 45
                                  WHEN 'UP' THEN 90 + (g * 11) % 150
                                  WHEN 'SF' THEN 45 + (g * 13) % 240
                                  WHEN 'KC' THEN 10 + (g * 3) % 25
                                  ELSE 30 + (g * 7) % 70 END END AS lab_min
    FROM d
)
SELECT g, prop_id,
       CASE WHEN job_stat = 'N' OR (job_stat = 'X' AND g % 2 = 0) THEN NULL ELSE tech END,
       job_typ, src_cd, rcvd_ts, emerg, arr_ts,
       arr_ts + lab_min * interval '1 minute',
       job_stat, lab_min,
       CASE WHEN emerg THEN 95 WHEN job_typ = 'KC' THEN 0 WHEN job_typ = 'LO' THEN 60 ELSE 35 END
FROM e;

-- ---------------------------------------------------------------- job_part (parts fitted on jobs)
CREATE TABLE job_part (
    jp_id    integer PRIMARY KEY,
    job_id   integer NOT NULL REFERENCES job (job_id),
    part_id  smallint NOT NULL REFERENCES part (part_id),
    qty      numeric(6,2) NOT NULL,
    unit_px  numeric(7,2) NOT NULL,
    from_van boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE job_part IS 'Parts used on completed jobs';
COMMENT ON COLUMN job_part.qty IS 'quantity used, in the part''s unit of measure (part.uom: each, pairs or packs)';
COMMENT ON COLUMN job_part.unit_px IS 'price charged per unit, GBP ex VAT (list price, less 10% trade discount on some jobs)';
COMMENT ON COLUMN job_part.from_van IS 'true = taken from van stock; false = bought in for the job';

INSERT INTO job_part (jp_id, job_id, part_id, qty, unit_px, from_van)
WITH l AS (
    SELECT j.job_id AS g, j.job_typ, j.k, ln,
           CASE j.job_typ
                WHEN 'LO' THEN CASE WHEN ln = 1 AND j.job_id % 3 = 0 THEN 'C' END
                WHEN 'LC' THEN CASE WHEN ln = 1 THEN 'C' WHEN ln = 2 AND j.job_id % 2 = 0 THEN 'K' END
                WHEN 'RK' THEN CASE WHEN ln = 1 THEN 'K' END
                WHEN 'UP' THEN CASE WHEN ln = 1 THEN 'C' ELSE 'H' END
                WHEN 'SF' THEN CASE WHEN ln = 1 AND j.job_id % 2 = 0 THEN 'S' END
                WHEN 'KC' THEN CASE WHEN ln = 1 THEN 'K' END
                WHEN 'RP' THEN CASE WHEN ln = 1 THEN 'H' WHEN ln = 2 AND j.job_id % 3 = 0 THEN 'M' END
           END AS cat
    FROM (SELECT job.*, row_number() OVER (PARTITION BY job_typ ORDER BY job_id) AS k
          FROM job WHERE job_stat = 'C') j
    CROSS JOIN generate_series(1, 3) AS ln
), m AS (
    SELECT l.*,
           CASE cat WHEN 'C' THEN 1 + (g * 7 + ln) % 16
                    WHEN 'K' THEN 19 + (g * 5 + g / 7 + ln) % 12
                    WHEN 'H' THEN 33 + (g * 7 + g / 3 + ln * 5) % 15
                    WHEN 'S' THEN 49 + k % 5
                    ELSE 55 + k % 5 END AS part_id,
           CASE cat WHEN 'C' THEN CASE WHEN job_typ = 'LC' AND g % 4 = 0 THEN 2 ELSE 1 END
                    WHEN 'K' THEN CASE job_typ WHEN 'RK' THEN 2 + g % 5 WHEN 'KC' THEN 1 + g % 8 ELSE 2 + g % 3 END
                    WHEN 'H' THEN 1 + g % 2
                    ELSE 1 END AS qty
    FROM l
    WHERE cat IS NOT NULL
)
SELECT row_number() OVER (ORDER BY m.g, m.ln), m.g, m.part_id, m.qty,
       CASE WHEN m.g % 10 = 0 THEN round(p.sell_px * 0.9, 2) ELSE p.sell_px END,
       NOT (m.cat = 'S' OR m.g % 9 = 0)
FROM m JOIN part p ON p.part_id = m.part_id;

-- ---------------------------------------------------------------- qte (quotes)
CREATE TABLE qte (
    qte_id  integer PRIMARY KEY,
    prop_id integer NOT NULL REFERENCES prop (prop_id),
    qte_dt  date NOT NULL,
    qte_amt numeric(8,2) NOT NULL,
    q_stat  char(1) NOT NULL,
    job_id  integer REFERENCES job (job_id)
);
COMMENT ON TABLE qte IS 'Written quotes for upgrades and safe work; a quote is held for 30 days';
COMMENT ON COLUMN qte.qte_amt IS 'quoted price, GBP ex VAT';
COMMENT ON COLUMN qte.q_stat IS 'S = sent, waiting for the customer''s answer; A = accepted; D = declined; E = expired (no answer within 30 days)';
COMMENT ON COLUMN qte.job_id IS 'job booked from the quote; NULL = not turned into a job';

INSERT INTO qte (qte_id, prop_id, qte_dt, qte_amt, q_stat, job_id)
WITH q AS (
    SELECT prop_id, (rcvd_ts AT TIME ZONE 'UTC')::date - (2 + job_id % 12) AS qte_dt,
           CASE job_typ WHEN 'UP' THEN 180 + (job_id * 37) % 400 ELSE 120 + (job_id * 13) % 300 END + 0.00 AS amt,
           'A' AS q_stat, job_id, job_id AS k
    FROM job
    WHERE job_typ IN ('UP', 'SF') AND job_id % 3 <> 0 AND NOT emerg
    UNION ALL
    SELECT 1 + (g * 53) % 520,
           CASE WHEN g % 12 = 0 THEN date '2026-11-29' - (g / 12) * 2
                ELSE date '2024-01-05' + (g * 7) % 1050 END,
           150 + (g * 41) % 600 + 0.50 * (g % 2),
           NULL, NULL, 10000 + g
    FROM generate_series(1, 180) AS g
)
SELECT row_number() OVER (ORDER BY qte_dt, k), prop_id, qte_dt, amt,
       coalesce(q_stat, CASE WHEN qte_dt > date '2026-10-31' THEN 'S' WHEN k % 3 = 0 THEN 'D' ELSE 'E' END),
       job_id
FROM q;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_no  integer PRIMARY KEY,
    job_id  integer NOT NULL REFERENCES job (job_id),
    inv_dt  date NOT NULL,
    due_dt  date NOT NULL,
    net_amt numeric(9,2) NOT NULL,
    vat_amt numeric(9,2) NOT NULL,
    paid_dt date,
    pay_mth char(2)
);
COMMENT ON TABLE inv IS 'Invoices, one per completed chargeable job (call-backs under guarantee are not invoiced)';
COMMENT ON COLUMN inv.inv_dt IS 'invoice date (account customers are invoiced on the last day of the month)';
COMMENT ON COLUMN inv.net_amt IS 'call-out + labour + parts, GBP before VAT';
COMMENT ON COLUMN inv.vat_amt IS 'VAT at 20%, GBP';
COMMENT ON COLUMN inv.paid_dt IS 'date payment was received; NULL = not paid yet';
COMMENT ON COLUMN inv.pay_mth IS 'CA = cash, CD = card, BT = bank transfer, CQ = cheque; NULL until paid';

INSERT INTO inv (inv_no, job_id, inv_dt, due_dt, net_amt, vat_amt, paid_dt, pay_mth)
WITH j AS (
    SELECT j.job_id, j.done_ts, j.co_fee, j.lab_min, j.src_cd, c.acct_flg,
           (SELECT coalesce(sum(jp.qty * jp.unit_px), 0) FROM job_part jp WHERE jp.job_id = j.job_id) AS parts
    FROM job j
    JOIN prop p ON p.prop_id = j.prop_id
    JOIN cust c ON c.cust_id = p.cust_id
    WHERE j.job_stat = 'C' AND j.job_id % 29 <> 0
), k AS (
    SELECT j.*,
           row_number() OVER (ORDER BY done_ts, job_id) AS rn,
           CASE WHEN acct_flg THEN (date_trunc('month', done_ts AT TIME ZONE 'UTC') + interval '1 month - 1 day')::date
                ELSE (done_ts AT TIME ZONE 'UTC')::date END AS inv_dt,
           round(co_fee + lab_min * 1.10 + parts, 2) AS net
    FROM j
), p AS (
    SELECT k.*,
           CASE WHEN acct_flg THEN CASE WHEN job_id % 37 = 0 THEN NULL WHEN job_id % 7 = 3 THEN 'CQ' ELSE 'BT' END
                WHEN src_cd = 3 THEN 'BT'
                WHEN job_id % 43 = 0 THEN NULL
                WHEN job_id % 47 = 0 THEN 'CQ'
                WHEN job_id % 6 = 0 THEN 'BT'
                WHEN job_id % 3 = 1 THEN 'CA'
                ELSE 'CD' END AS mth0
    FROM k
), q AS (
    SELECT p.*,
           CASE WHEN mth0 IS NULL THEN NULL
                WHEN acct_flg THEN inv_dt + (8 + (job_id * 7) % 50)
                WHEN src_cd = 3 THEN inv_dt + (14 + job_id % 30)
                WHEN mth0 IN ('BT', 'CQ') THEN inv_dt + (1 + job_id % 12)
                WHEN mth0 = 'CD' AND job_id % 4 = 0 THEN inv_dt + 1
                ELSE inv_dt END AS pd
    FROM p
)
SELECT 10000 + rn, job_id, inv_dt,
       CASE WHEN acct_flg THEN inv_dt + 30 ELSE inv_dt + 7 END,
       net, round(net * 0.20, 2),
       CASE WHEN pd > date '2026-11-30' THEN NULL ELSE pd END,
       CASE WHEN pd > date '2026-11-30' THEN NULL ELSE mth0 END
FROM q;
