-- Made-up schema: a commercial laundry serving hotels, hospitals, care homes and spas in Yorkshire
-- (client sites, contracts and their per-item prices, linen item types, drivers, vans, route stops
-- = pickups and deliveries with their counts, wash batches, rejected linen, invoices).
-- Data are deterministic (generate_series, modulo arithmetic and md5, no random()); data cut-off is
-- 2025-11-30 (stops scheduled after it are still pending). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv_hdr;
DROP TABLE IF EXISTS rej_itm;
DROP TABLE IF EXISTS wsh_btch;
DROP TABLE IF EXISTS stop_ln;
DROP TABLE IF EXISTS stop_hdr;
DROP TABLE IF EXISTS van;
DROP TABLE IF EXISTS drvr;
DROP TABLE IF EXISTS cntrct_prc;
DROP TABLE IF EXISTS cntrct;
DROP TABLE IF EXISTS lnn_item;
DROP TABLE IF EXISTS cli_site;

-- ---------------------------------------------------------------- cli_site (client sites)
CREATE TABLE cli_site (
    site_id      integer PRIMARY KEY,
    site_nm      text NOT NULL,
    site_typ_cd  char(1) NOT NULL,
    grp_nm       text,
    town         text NOT NULL,
    pcode        varchar(8) NOT NULL,
    acct_stat_cd char(1) NOT NULL,
    opn_dt       date NOT NULL,
    bed_cnt      integer
);
COMMENT ON TABLE cli_site IS 'Client sites we collect linen from and deliver it back to';
COMMENT ON COLUMN cli_site.site_typ_cd IS 'H = hotel, M = hospital / hospice (medical), C = care home, S = spa / health club';
COMMENT ON COLUMN cli_site.grp_nm IS 'hotel chain, NHS trust or care group the site belongs to; NULL = independent';
COMMENT ON COLUMN cli_site.acct_stat_cd IS 'A = active, S = on stop (service suspended for non-payment), C = closed';
COMMENT ON COLUMN cli_site.opn_dt IS 'date the account was opened';
COMMENT ON COLUMN cli_site.bed_cnt IS 'number of rooms (hotels) or beds (hospitals, care homes); NULL = not known / not applicable';

INSERT INTO cli_site (site_id, site_nm, site_typ_cd, grp_nm, town, pcode, acct_stat_cd, opn_dt, bed_cnt) VALUES
    (1,  'Royal Aire Hotel',            'H', 'Aire Hotels',             'Leeds',        'LS1 4BT',  'A', '2019-03-18', 142),
    (2,  'St Wilfrid''s Hospital',      'M', 'West Riding NHS Trust',   'Leeds',        'LS9 7TF',  'A', '2019-12-02', 640),
    (3,  'Minster View Hotel',          'H', NULL,                      'York',         'YO1 7HH',  'A', '2021-05-10', 64),
    (4,  'Valley Gardens Spa',          'S', NULL,                      'Harrogate',    'HG1 2QE',  'A', '2022-02-14', NULL),
    (5,  'Ouse Bridge Hotel',           'H', 'Aire Hotels',             'York',         'YO1 9SA',  'A', '2019-08-19', 118),
    (6,  'Calder Vale Hospital',        'M', 'West Riding NHS Trust',   'Wakefield',    'WF1 4DG',  'A', '2018-03-05', 455),
    (7,  'Beechwood Care Home',         'C', 'Evergreen Care',          'Bradford',     'BD9 4RJ',  'A', '2021-01-11', 58),
    (8,  'The Corn Exchange Hotel',     'H', NULL,                      'Leeds',        'LS1 7BR',  'C', '2017-04-03', 40),
    (9,  'Kirkgate Inn',                'H', NULL,                      'Wakefield',    'WF1 1UA',  'C', '2020-06-15', 36),
    (10, 'Northern Royal Hospital',     'M', 'Yorkshire Coast NHS',     'York',         'YO31 8HE', 'A', '2018-11-26', 820),
    (11, 'Stray Hotel',                 'H', 'Aire Hotels',             'Harrogate',    'HG1 5LB',  'A', '2020-09-07', 96),
    (12, 'Canal Wharf Hotel',           'H', NULL,                      'Leeds',        'LS11 5PS', 'S', '2022-07-18', 52),
    (13, 'Holly Lodge Care Home',       'C', 'Evergreen Care',          'Leeds',        'LS17 6AH', 'A', '2021-10-04', 44),
    (14, 'Sheaf Street Hotel',          'H', 'Crown Lodge Group',       'Sheffield',    'S1 2BP',   'A', '2022-12-05', 210),
    (15, 'Don Valley Hospital',         'M', NULL,                      'Sheffield',    'S9 3TU',   'A', '2019-05-13', 380),
    (16, 'Grand Parade Hotel',          'H', 'Crown Lodge Group',       'Sheffield',    'S10 2HQ',  'A', '2018-01-08', 176),
    (17, 'Moorside Hospice',            'M', NULL,                      'Bradford',     'BD10 0QQ', 'A', '2022-04-04', 24),
    (18, 'Saltaire Mill Hotel',         'H', NULL,                      'Bradford',     'BD18 3LA', 'A', '2025-02-17', 88),
    (19, 'Crown Lodge Leeds',           'H', 'Crown Lodge Group',       'Leeds',        'LS2 8NG',  'A', '2023-06-12', 195),
    (20, 'Ilkley Moor Hotel',           'H', NULL,                      'Ilkley',       'LS29 9EE', 'A', '2020-03-09', NULL),
    (21, 'St Oswald''s Hospital',       'M', 'Yorkshire Coast NHS',     'York',         'YO24 1LJ', 'A', '2019-10-14', 260),
    (22, 'Riverside Court Care Home',   'C', NULL,                      'Wakefield',    'WF2 9NZ',  'C', '2021-08-16', 62),
    (23, 'Pennine Health Club',         'S', NULL,                      'Huddersfield', 'HD1 2TA',  'A', '2023-02-06', NULL),
    (24, 'Cathedral Quarter Hotel',     'H', NULL,                      'Bradford',     'BD1 4AS',  'A', '2024-04-29', 74),
    (25, 'Aire Hotel Harrogate',        'H', 'Aire Hotels',             'Harrogate',    'HG2 8PW',  'A', '2021-12-06', 130),
    (26, 'Wrenthorpe Clinic',           'M', 'West Riding NHS Trust',   'Wakefield',    'WF2 0XQ',  'A', '2020-01-13', 120),
    (27, 'Shambles Guest House',        'H', NULL,                      'York',         'YO1 7LZ',  'C', '2021-03-22', 9),
    (28, 'Meadowbank Care Home',        'C', 'Evergreen Care',          'Sheffield',    'S7 1FT',   'A', '2022-09-12', 71),
    (29, 'Headrow Boutique Hotel',      'H', NULL,                      'Leeds',        'LS1 6PU',  'A', '2025-11-10', 28),
    (30, 'Kirkstall Hospital',          'M', 'West Riding NHS Trust',   'Leeds',        'LS5 3HX',  'A', '2025-11-24', 310);

-- ---------------------------------------------------------------- lnn_item (linen item types)
CREATE TABLE lnn_item (
    item_cd   varchar(4) PRIMARY KEY,
    item_desc text NOT NULL,
    cat_cd    char(2) NOT NULL,
    unit_wt_g integer NOT NULL,
    rplc_gbp  numeric(6,2) NOT NULL,
    actv_flg  char(1) NOT NULL
);
COMMENT ON TABLE lnn_item IS 'Linen item types we launder';
COMMENT ON COLUMN lnn_item.cat_cd IS 'BD = bedding, BT = bath / towels, FB = food & beverage (table linen), HC = healthcare garments';
COMMENT ON COLUMN lnn_item.unit_wt_g IS 'dry weight of one piece, grams';
COMMENT ON COLUMN lnn_item.rplc_gbp IS 'cost to replace one piece, GBP';
COMMENT ON COLUMN lnn_item.actv_flg IS 'Y = still offered, N = discontinued';

INSERT INTO lnn_item (item_cd, item_desc, cat_cd, unit_wt_g, rplc_gbp, actv_flg) VALUES
    ('SHS', 'Flat sheet, single',           'BD', 520,  6.80, 'Y'),
    ('SHD', 'Flat sheet, double',           'BD', 680,  8.90, 'Y'),
    ('SHK', 'Flat sheet, king',             'BD', 820, 10.50, 'Y'),
    ('DCD', 'Duvet cover, double',          'BD', 900, 14.20, 'Y'),
    ('PLC', 'Pillowcase, housewife',        'BD', 140,  2.10, 'Y'),
    ('BLK', 'Cellular blanket',             'BD', 750, 11.40, 'Y'),
    ('BTW', 'Bath towel',                   'BT', 600,  7.50, 'Y'),
    ('HTW', 'Hand towel',                   'BT', 220,  3.20, 'Y'),
    ('BMT', 'Bath mat',                     'BT', 380,  4.60, 'Y'),
    ('BRB', 'Bathrobe, waffle',             'BT', 950, 18.00, 'Y'),
    ('TBC', 'Tablecloth, 180x180',          'FB', 700, 12.00, 'Y'),
    ('NPK', 'Napkin, 50x50',                'FB',  70,  1.40, 'Y'),
    ('PGN', 'Patient gown',                 'HC', 300,  6.90, 'Y'),
    ('SCR', 'Scrubs top',                   'HC', 260,  8.20, 'Y'),
    ('SCB', 'Scrubs trousers',              'HC', 310,  8.20, 'Y'),
    ('THG', 'Theatre gown, reusable',       'HC', 420, 16.50, 'Y'),
    ('BBG', 'Laundry bag, red dissolvable', 'HC',  40,  0.35, 'N');

-- ---------------------------------------------------------------- cntrct (client contracts)
CREATE TABLE cntrct (
    cntrct_id       integer PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES cli_site (site_id),
    cntrct_ref      varchar(12) NOT NULL,
    sgn_dt          date,
    strt_dt         date NOT NULL,
    end_dt          date,
    stat_cd         char(1) NOT NULL,
    min_wk_chrg_gbp numeric(8,2) NOT NULL,
    pay_trm_days    smallint NOT NULL
);
COMMENT ON TABLE cntrct IS 'Service contracts with client sites; a site may have several over time (renewals)';
COMMENT ON COLUMN cntrct.end_dt IS 'last day of the contract; NULL = rolling contract with no fixed end';
COMMENT ON COLUMN cntrct.stat_cd IS 'D = draft (not yet signed), A = active, E = expired, T = terminated early';
COMMENT ON COLUMN cntrct.min_wk_chrg_gbp IS 'minimum charge per week, GBP; invoices are topped up to 4 x this per month';
COMMENT ON COLUMN cntrct.pay_trm_days IS 'payment terms: days from invoice date to due date';

INSERT INTO cntrct (cntrct_id, site_id, cntrct_ref, sgn_dt, strt_dt, end_dt, stat_cd, min_wk_chrg_gbp, pay_trm_days) VALUES
    (1,  1,  'LX-19-004', '2019-03-11', '2019-04-01', '2024-03-31', 'E', 250.00, 30),
    (2,  1,  'LX-24-011', '2024-03-04', '2024-04-01', '2027-03-31', 'A', 300.00, 30),
    (3,  2,  'LX-19-031', '2019-12-02', '2020-01-01', NULL,         'A', 900.00, 60),
    (4,  3,  'LX-21-012', '2021-05-10', '2021-06-01', '2026-05-31', 'A', 120.00, 30),
    (5,  4,  'LX-22-003', '2022-02-14', '2022-03-01', NULL,         'A',   0.00, 30),
    (6,  5,  'LX-19-022', '2019-08-19', '2019-09-01', NULL,         'A', 200.00, 30),
    (7,  6,  'LX-18-002', '2018-03-05', '2018-04-01', '2025-03-31', 'E', 650.00, 60),
    (8,  6,  'LX-25-006', '2025-03-10', '2025-04-01', '2030-03-31', 'A', 700.00, 60),
    (9,  7,  'LX-21-001', '2021-01-11', '2021-02-01', NULL,         'A', 100.00, 45),
    (10, 8,  'LX-17-005', '2017-04-03', '2017-05-01', '2023-06-30', 'T', 100.00, 30),
    (11, 9,  'LX-20-014', '2020-06-15', '2020-07-01', '2024-10-31', 'T',  80.00, 30),
    (12, 10, 'LX-18-030', '2018-11-26', '2019-01-01', '2026-12-31', 'A', 1100.00, 60),
    (13, 11, 'LX-20-021', '2020-09-07', '2020-10-01', '2024-09-30', 'E', 180.00, 30),
    (14, 11, 'LX-24-019', '2024-09-16', '2024-10-01', NULL,         'A', 200.00, 30),
    (15, 12, 'LX-22-015', '2022-07-18', '2022-08-01', '2026-07-31', 'A',   0.00, 30),
    (16, 13, 'LX-21-026', '2021-10-04', '2021-11-01', NULL,         'A', 100.00, 45),
    (17, 14, 'LX-22-033', '2022-12-05', '2023-01-01', '2025-12-31', 'A', 350.00, 30),
    (18, 15, 'LX-19-013', '2019-05-13', '2019-06-01', NULL,         'A', 600.00, 60),
    (19, 16, 'LX-18-001', '2018-01-08', '2018-02-01', '2025-01-31', 'E', 280.00, 30),
    (20, 16, 'LX-25-002', '2025-01-13', '2025-02-01', '2028-01-31', 'A', 320.00, 30),
    (21, 17, 'LX-22-010', '2022-04-04', '2022-05-01', NULL,         'A',  60.00, 45),
    (22, 18, 'LX-25-004', '2025-02-17', '2025-03-03', '2028-03-02', 'A', 150.00, 30),
    (23, 19, 'LX-23-017', '2023-06-12', '2023-07-01', NULL,         'A', 330.00, 30),
    (24, 20, 'LX-20-007', '2020-03-09', '2020-04-01', '2026-03-31', 'A', 140.00, 30),
    (25, 21, 'LX-19-027', '2019-10-14', '2019-11-01', NULL,         'A', 450.00, 60),
    (26, 22, 'LX-21-020', '2021-08-16', '2021-09-01', '2025-06-30', 'T', 100.00, 45),
    (27, 23, 'LX-23-004', '2023-02-06', '2023-03-01', NULL,         'A',   0.00, 30),
    (28, 24, 'LX-24-009', '2024-04-29', '2024-05-13', '2027-05-12', 'A', 120.00, 30),
    (29, 25, 'LX-21-035', '2021-12-06', '2022-01-01', NULL,         'A', 220.00, 30),
    (30, 26, 'LX-20-002', '2020-01-13', '2020-02-01', '2026-01-31', 'A', 250.00, 60),
    (31, 27, 'LX-21-009', '2021-03-22', '2021-04-01', '2025-02-28', 'T',   0.00, 30),
    (32, 28, 'LX-22-024', '2022-09-12', '2022-10-01', NULL,         'A', 110.00, 45),
    (33, 29, 'LX-25-028', '2025-11-10', '2025-11-17', '2028-11-16', 'A',  90.00, 30),
    (34, 30, 'LX-25-030', NULL,         '2025-12-01', NULL,         'D', 500.00, 60),
    (35, 14, 'LX-25-031', NULL,         '2026-01-01', '2028-12-31', 'D', 380.00, 30);

-- ---------------------------------------------------------------- cntrct_prc (price per piece, per contract)
CREATE TABLE cntrct_prc (
    cntrct_id    integer NOT NULL REFERENCES cntrct (cntrct_id),
    item_cd      varchar(4) NOT NULL REFERENCES lnn_item (item_cd),
    unit_prc_gbp numeric(6,3) NOT NULL,
    PRIMARY KEY (cntrct_id, item_cd)
);
COMMENT ON TABLE cntrct_prc IS 'Agreed laundering price per piece for each item on a contract';
COMMENT ON COLUMN cntrct_prc.unit_prc_gbp IS 'price per piece laundered and delivered, GBP excl. VAT; 0 = included free of charge';

INSERT INTO cntrct_prc (cntrct_id, item_cd, unit_prc_gbp)
WITH m (typ, item_cd, base) AS (
    VALUES ('H','SHS',0.42), ('H','SHD',0.55), ('H','SHK',0.65), ('H','DCD',0.70), ('H','PLC',0.18),
           ('H','BTW',0.38), ('H','HTW',0.20), ('H','BMT',0.22), ('H','BRB',0.95), ('H','TBC',0.85), ('H','NPK',0.12),
           ('M','SHS',0.36), ('M','PLC',0.15), ('M','BLK',0.44), ('M','PGN',0.52), ('M','SCR',0.45),
           ('M','SCB',0.45), ('M','THG',1.10), ('M','BTW',0.34), ('M','HTW',0.18),
           ('C','SHS',0.40), ('C','PLC',0.17), ('C','BLK',0.48), ('C','DCD',0.68), ('C','BTW',0.36), ('C','HTW',0.19),
           ('S','BTW',0.32), ('S','HTW',0.17), ('S','BRB',0.90), ('S','BMT',0.20)
)
SELECT c.cntrct_id, m.item_cd,
       CASE WHEN m.item_cd = 'BMT' AND c.cntrct_id % 3 = 0 THEN 0
            ELSE round(m.base * (0.90 + ((c.cntrct_id * 7 + ascii(m.item_cd) * 3 + ascii(substr(m.item_cd, 2))) % 9) / 20.0), 3) END
FROM cntrct c
JOIN cli_site s ON s.site_id = c.site_id
JOIN m ON m.typ = s.site_typ_cd
WHERE NOT (m.item_cd IN ('TBC','NPK') AND c.site_id IN (3, 9, 20, 27))       -- no restaurant
  AND NOT (m.item_cd = 'THG' AND c.site_id IN (17, 26))                       -- no operating theatre
  AND NOT (m.item_cd = 'BRB' AND c.site_id IN (9, 12, 24, 27, 29));

-- ---------------------------------------------------------------- drvr (drivers)
CREATE TABLE drvr (
    drvr_id integer PRIMARY KEY,
    frst_nm text NOT NULL,
    lst_nm  text NOT NULL,
    hire_dt date NOT NULL,
    term_dt date,
    lic_cls varchar(3) NOT NULL
);
COMMENT ON TABLE drvr IS 'Delivery drivers';
COMMENT ON COLUMN drvr.term_dt IS 'last working day; NULL = still employed';
COMMENT ON COLUMN drvr.lic_cls IS 'driving licence category: B = car / small van, C1 = up to 7.5 t';

INSERT INTO drvr (drvr_id, frst_nm, lst_nm, hire_dt, term_dt, lic_cls) VALUES
    (1,  'Gary',    'Holroyd',   '2016-05-02', NULL,         'C1'),
    (2,  'Sandeep', 'Mistry',    '2018-09-17', NULL,         'C1'),
    (3,  'Karen',   'Ackroyd',   '2019-02-04', '2024-08-30', 'B'),
    (4,  'Tomasz',  'Nowak',     '2019-11-11', NULL,         'C1'),
    (5,  'Dean',    'Sutcliffe', '2020-03-02', NULL,         'B'),
    (6,  'Imran',   'Hussain',   '2021-06-21', NULL,         'C1'),
    (7,  'Paula',   'Brearley',  '2021-10-04', '2025-04-04', 'B'),
    (8,  'Craig',   'Whiteley',  '2022-01-10', NULL,         'C1'),
    (9,  'Lee',     'Fawcett',   '2022-08-15', NULL,         'B'),
    (10, 'Andrius', 'Kazlauskas','2023-04-03', NULL,         'C1'),
    (11, 'Shannon', 'Lister',    '2024-08-19', NULL,         'B'),
    (12, 'Marek',   'Zielinski', '2025-03-24', NULL,         'C1');

-- ---------------------------------------------------------------- van (vans)
CREATE TABLE van (
    van_id  integer PRIMARY KEY,
    reg_no  varchar(8) NOT NULL,
    mk_mdl  text NOT NULL,
    pyld_kg integer NOT NULL,
    acq_dt  date NOT NULL,
    stat_cd char(1) NOT NULL
);
COMMENT ON TABLE van IS 'Delivery vans';
COMMENT ON COLUMN van.pyld_kg IS 'maximum payload, kg';
COMMENT ON COLUMN van.stat_cd IS 'A = in service, W = in the workshop, D = disposed of';

INSERT INTO van (van_id, reg_no, mk_mdl, pyld_kg, acq_dt, stat_cd) VALUES
    (1, 'YD19 KLU', 'Ford Transit 350 L3H3',      1400, '2019-04-12', 'A'),
    (2, 'YG20 RXA', 'Ford Transit 350 L3H3',      1400, '2020-07-03', 'A'),
    (3, 'YJ20 OPW', 'Mercedes Sprinter 314',      1200, '2020-11-20', 'W'),
    (4, 'YH21 BNE', 'Iveco Daily 72C 7.2t',       3100, '2021-05-28', 'A'),
    (5, 'YK22 TTS', 'Renault Master LM35',        1300, '2022-03-14', 'A'),
    (6, 'YB23 HVC', 'Iveco Daily 72C 7.2t',       3100, '2023-01-30', 'A'),
    (7, 'YF23 DMO', 'Ford E-Transit 390',         1100, '2023-09-01', 'A'),
    (8, 'YR14 GZS', 'Vauxhall Movano 3500',       1250, '2014-06-06', 'D'),
    (9, 'YC75 PLN', 'Mercedes eSprinter 35',      1050, '2025-11-20', 'A');

-- ---------------------------------------------------------------- stop_hdr (route stops: pickups and deliveries)
CREATE TABLE stop_hdr (
    stop_id     integer PRIMARY KEY,
    site_id     integer NOT NULL REFERENCES cli_site (site_id),
    stop_typ_cd char(1) NOT NULL,
    sched_dt    date NOT NULL,
    actl_ts     timestamptz,
    stat_cd     char(1) NOT NULL,
    drvr_id     integer REFERENCES drvr (drvr_id),
    van_id      integer REFERENCES van (van_id),
    rtn_stop_id integer
);
COMMENT ON TABLE stop_hdr IS 'Route stops at client sites: collections of soiled linen (pickups) and deliveries of clean linen';
COMMENT ON COLUMN stop_hdr.stop_typ_cd IS 'P = pickup (collection of soiled linen), D = delivery of clean linen';
COMMENT ON COLUMN stop_hdr.sched_dt IS 'date the stop is planned for';
COMMENT ON COLUMN stop_hdr.actl_ts IS 'when the stop was actually done; NULL unless stat_cd = C';
COMMENT ON COLUMN stop_hdr.stat_cd IS 'S = scheduled (not done yet), C = completed, M = missed (no access at site), X = cancelled';
COMMENT ON COLUMN stop_hdr.drvr_id IS 'driver assigned; NULL for cancelled stops';
COMMENT ON COLUMN stop_hdr.van_id IS 'van used; NULL for cancelled and not-yet-done stops';
COMMENT ON COLUMN stop_hdr.rtn_stop_id IS 'for deliveries: stop_id of the pickup whose linen is being returned';

INSERT INTO stop_hdr (stop_id, site_id, stop_typ_cd, sched_dt, actl_ts, stat_cd, drvr_id, van_id, rtn_stop_id)
WITH wk AS (
    SELECT s.site_id, s.site_typ_cd, w,
           date '2024-01-01' + w * 7 + s.site_id % 5 AS p_dt,
           (s.site_id * 7919 + (w + 10) * 104729) % 1009 AS h
    FROM cli_site s
    CROSS JOIN generate_series(-2, 101) AS w
    WHERE s.site_typ_cd = 'M' OR (w + s.site_id) % 2 = 0     -- hospitals weekly, everyone else fortnightly
), p AS (
    SELECT wk.*,
           CASE WHEN p_dt > date '2025-11-30' THEN 'S'
                WHEN site_id = 12 AND p_dt >= date '2025-09-15' THEN 'X'
                WHEN h % 41 = 0 THEN 'X'
                WHEN h % 53 = 7 THEN 'M'
                ELSE 'C' END AS stat
    FROM wk
    WHERE EXISTS (SELECT 1 FROM cntrct c
                  WHERE c.site_id = wk.site_id AND c.stat_cd IN ('A', 'E', 'T')
                    AND wk.p_dt BETWEEN c.strt_dt AND coalesce(c.end_dt, date '2099-12-31'))
), d AS (
    SELECT site_id, site_typ_cd, w,
           p_dt + CASE WHEN site_typ_cd = 'M' THEN CASE WHEN site_id % 5 = 4 THEN 3 ELSE 1 END
                       ELSE CASE site_id % 5 WHEN 3 THEN 4 WHEN 4 THEN 3 ELSE 2 END END AS d_dt,
           (h * 7 + 13) % 1009 AS h
    FROM p
    WHERE stat = 'C'
), u AS (
    SELECT 'P' AS typ, site_id, w, p_dt AS dt, h, stat FROM p
    UNION ALL
    SELECT 'D', site_id, w, d_dt, h,
           CASE WHEN d_dt > date '2025-11-30' THEN 'S' WHEN h % 67 = 5 THEN 'M' ELSE 'C' END
    FROM d
), n AS (
    SELECT u.*, row_number() OVER (ORDER BY dt, typ DESC, site_id) AS id,
           1 + (site_id + CASE WHEN typ = 'D' THEN 3 ELSE 0 END + CASE WHEN w % 6 = 0 THEN w + 12 ELSE 0 END) % 10 AS d0
    FROM u
), n2 AS (
    SELECT n.*,
           CASE WHEN stat = 'X' THEN NULL
                WHEN d0 = 3 AND dt > date '2024-08-30' THEN 11
                WHEN d0 = 7 AND dt > date '2025-04-04' THEN 12
                ELSE d0 END AS drv
    FROM n
)
SELECT a.id, a.site_id, a.typ, a.dt,
       CASE WHEN a.stat = 'C' THEN
            (a.dt + CASE WHEN a.typ = 'P' THEN time '06:30' ELSE time '05:30' END + (a.h % 540) * interval '1 minute') AT TIME ZONE 'UTC'
       END,
       a.stat, a.drv,
       CASE WHEN a.stat IN ('C', 'M') THEN 1 + (a.drv + a.w + 14) % 7 END,
       b.id
FROM n2 a
LEFT JOIN n2 b ON a.typ = 'D' AND b.typ = 'P' AND b.site_id = a.site_id AND b.w = a.w;

-- ---------------------------------------------------------------- stop_ln (pieces counted at each stop)
CREATE TABLE stop_ln (
    stop_id integer NOT NULL REFERENCES stop_hdr (stop_id),
    item_cd varchar(4) NOT NULL REFERENCES lnn_item (item_cd),
    qty     integer NOT NULL,
    PRIMARY KEY (stop_id, item_cd)
);
COMMENT ON TABLE stop_ln IS 'Piece counts per item at a stop: pieces collected (pickups) or pieces delivered / packed for delivery (deliveries)';
COMMENT ON COLUMN stop_ln.qty IS 'number of pieces; for a delivery not yet completed, the pieces packed for it';

-- pickups: counted items of the contract in force on the day
INSERT INTO stop_ln (stop_id, item_cd, qty)
SELECT s.stop_id, cp.item_cd,
       CASE WHEN (s.stop_id * 3 + ascii(cp.item_cd)) % 89 = 0 THEN 0
            ELSE greatest(1, round(
                 CASE cp.item_cd WHEN 'SHS' THEN 60 WHEN 'SHD' THEN 50 WHEN 'SHK' THEN 20 WHEN 'DCD' THEN 45
                                 WHEN 'PLC' THEN 110 WHEN 'BLK' THEN 35 WHEN 'BTW' THEN 80 WHEN 'HTW' THEN 75
                                 WHEN 'BMT' THEN 30 WHEN 'BRB' THEN 12 WHEN 'TBC' THEN 15 WHEN 'NPK' THEN 70
                                 WHEN 'PGN' THEN 50 WHEN 'SCR' THEN 25 WHEN 'SCB' THEN 25 WHEN 'THG' THEN 10 END
                 * coalesce(cs.bed_cnt, 60) / 100.0
                 * (85 + (s.stop_id * 7 + ascii(substr(cp.item_cd, 3))) % 30) / 100.0)) END
FROM stop_hdr s
JOIN cli_site cs ON cs.site_id = s.site_id
JOIN cntrct c ON c.site_id = s.site_id AND c.stat_cd IN ('A', 'E', 'T')
             AND s.sched_dt BETWEEN c.strt_dt AND coalesce(c.end_dt, date '2099-12-31')
JOIN cntrct_prc cp ON cp.cntrct_id = c.cntrct_id
WHERE s.stop_typ_cd = 'P' AND s.stat_cd = 'C'
  AND (s.stop_id + ascii(substr(cp.item_cd, 2))) % 9 < 5;

-- deliveries: what came back from the pickup, less some pieces held back (rejected)
INSERT INTO stop_ln (stop_id, item_cd, qty)
SELECT d.stop_id, l.item_cd,
       greatest(0, l.qty - CASE WHEN (d.stop_id * 11 + ascii(substr(l.item_cd, 2))) % 6 = 0 THEN 1 + d.stop_id % 4 ELSE 0 END)
FROM stop_hdr d
JOIN stop_ln l ON l.stop_id = d.rtn_stop_id
WHERE d.stop_typ_cd = 'D';

-- ---------------------------------------------------------------- wsh_btch (wash batches)
CREATE TABLE wsh_btch (
    btch_id      integer PRIMARY KEY,
    mach_cd      varchar(3) NOT NULL,
    pkup_stop_id integer,
    cat_cd       char(2) NOT NULL,
    prog_cd      varchar(3) NOT NULL,
    load_kg      numeric(6,1) NOT NULL,
    strt_ts      timestamptz NOT NULL,
    end_ts       timestamptz,
    stat_cd      varchar(2) NOT NULL
);
COMMENT ON TABLE wsh_btch IS 'Wash batches (loads) run through the machines';
COMMENT ON COLUMN wsh_btch.mach_cd IS 'TN1 = continuous tunnel washer; W01-W04 = washer-extractors; W05, W06 = barrier washers (infected linen)';
COMMENT ON COLUMN wsh_btch.pkup_stop_id IS 'pickup (stop_hdr.stop_id) the linen came from; NULL = our own staff workwear';
COMMENT ON COLUMN wsh_btch.cat_cd IS 'linen category washed, as lnn_item.cat_cd; WW = own staff workwear';
COMMENT ON COLUMN wsh_btch.prog_cd IS 'STD = standard 60C, HOT = thermal disinfection 71C, INF = infected linen (sluice + disinfection), DEL = delicate 40C, RWS = rewash of stained items';
COMMENT ON COLUMN wsh_btch.load_kg IS 'dry weight loaded, kg';
COMMENT ON COLUMN wsh_btch.stat_cd IS 'OK = finished, AB = aborted (fault / alarm), RN = running';

INSERT INTO wsh_btch (btch_id, mach_cd, pkup_stop_id, cat_cd, prog_cd, load_kg, strt_ts, end_ts, stat_cd)
WITH pl AS (
    SELECT s.stop_id, s.actl_ts, cs.site_typ_cd, i.cat_cd,
           CASE i.cat_cd WHEN 'BD' THEN 1 WHEN 'BT' THEN 2 WHEN 'FB' THEN 3 ELSE 4 END AS ci,
           sum(l.qty * i.unit_wt_g) / 1000.0 AS kg
    FROM stop_hdr s
    JOIN cli_site cs ON cs.site_id = s.site_id
    JOIN stop_ln l ON l.stop_id = s.stop_id
    JOIN lnn_item i ON i.item_cd = l.item_cd
    WHERE s.stop_typ_cd = 'P' AND s.stat_cd = 'C'
    GROUP BY s.stop_id, s.actl_ts, cs.site_typ_cd, i.cat_cd
    HAVING sum(l.qty) > 0
), b AS (
    SELECT stop_id, cat_cd,
           CASE cat_cd WHEN 'BD' THEN 'TN1' WHEN 'BT' THEN 'W0' || (1 + stop_id % 4)
                       WHEN 'FB' THEN 'W03' ELSE 'W0' || (5 + stop_id % 2) END AS mach,
           CASE WHEN cat_cd = 'HC' THEN 'INF'
                WHEN cat_cd = 'BD' AND site_typ_cd IN ('M', 'C') THEN 'HOT'
                WHEN cat_cd = 'FB' AND stop_id % 5 = 0 THEN 'DEL'
                ELSE 'STD' END AS prog,
           round(kg, 1) AS kg,
           actl_ts + (4 + (stop_id * 3 + ci * 5) % 16) * interval '1 hour' + (stop_id % 50) * interval '1 minute' AS strt,
           (stop_id + ci * 11) % 43 = 0 AS aborted,
           stop_id + ci AS k
    FROM pl
    UNION ALL
    SELECT stop_id, 'BD', 'W02', 'RWS', 4 + stop_id % 11,
           actl_ts + interval '30 hours' + (stop_id % 40) * interval '1 minute', false, stop_id + 7
    FROM stop_hdr
    WHERE stop_typ_cd = 'P' AND stat_cd = 'C' AND stop_id % 13 = 0
    UNION ALL
    SELECT NULL, 'WW', 'W04', 'STD', 18 + (m * 7) % 12,
           (timestamp '2024-01-05 14:00:00' + m * interval '1 month') AT TIME ZONE 'UTC', false, m
    FROM generate_series(0, 22) AS m
), f AS (
    SELECT b.*,
           CASE WHEN strt >= timestamptz '2025-11-29 02:00:00+00' THEN 'RN'
                WHEN aborted THEN 'AB' ELSE 'OK' END AS stat
    FROM b
)
SELECT row_number() OVER (ORDER BY strt, mach, stop_id NULLS FIRST, cat_cd, prog), mach, stop_id, cat_cd, prog, kg, strt,
       CASE stat WHEN 'RN' THEN NULL
                 WHEN 'AB' THEN strt + (8 + k % 15) * interval '1 minute'
                 ELSE strt + (CASE prog WHEN 'STD' THEN 48 WHEN 'HOT' THEN 62 WHEN 'INF' THEN 75
                                        WHEN 'DEL' THEN 40 ELSE 55 END + k % 9) * interval '1 minute' END,
       stat
FROM f;

-- ---------------------------------------------------------------- rej_itm (rejected / damaged linen)
CREATE TABLE rej_itm (
    rej_id   integer PRIMARY KEY,
    btch_id  integer,
    site_id  integer NOT NULL REFERENCES cli_site (site_id),
    item_cd  varchar(4) NOT NULL REFERENCES lnn_item (item_cd),
    rej_qty  integer NOT NULL,
    rsn_cd   char(2) NOT NULL,
    rec_ts   timestamptz NOT NULL,
    chrg_flg char(1)
);
COMMENT ON TABLE rej_itm IS 'Linen pulled out at finishing (or sent back by the client) as stained or damaged';
COMMENT ON COLUMN rej_itm.btch_id IS 'wash batch (wsh_btch.btch_id) it was found in; NULL = returned by the client at delivery';
COMMENT ON COLUMN rej_itm.site_id IS 'client site the linen belongs to';
COMMENT ON COLUMN rej_itm.rej_qty IS 'number of pieces rejected';
COMMENT ON COLUMN rej_itm.rsn_cd IS 'ST = stain, TR = torn / holed, WO = worn thin, CH = chemical damage, FO = foreign object damage';
COMMENT ON COLUMN rej_itm.chrg_flg IS 'Y = replacement charged to the client, N = absorbed by us, NULL = not decided yet';

INSERT INTO rej_itm (rej_id, btch_id, site_id, item_cd, rej_qty, rsn_cd, rec_ts, chrg_flg)
WITH cand AS (
    SELECT b.btch_id, s.site_id, l.item_cd, l.qty, b.end_ts,
           row_number() OVER (PARTITION BY b.btch_id ORDER BY md5(b.btch_id::text || l.item_cd)) AS rk
    FROM wsh_btch b
    JOIN stop_hdr s ON s.stop_id = b.pkup_stop_id
    JOIN stop_ln l ON l.stop_id = s.stop_id AND l.qty > 0
    JOIN lnn_item i ON i.item_cd = l.item_cd AND i.cat_cd = b.cat_cd
    WHERE b.stat_cd = 'OK' AND b.prog_cd <> 'RWS' AND b.cat_cd IN ('BD', 'BT', 'HC')
      AND l.item_cd <> 'THG'
      AND (b.btch_id * 7) % 5 = 0
), r AS (
    SELECT btch_id, site_id, item_cd,
           least(1 + btch_id % 7, greatest(1, qty / 8)) AS qty,
           CASE WHEN (btch_id / 5 * 13) % 50 < 22 THEN 'ST' WHEN (btch_id / 5 * 13) % 50 < 34 THEN 'TR'
                WHEN (btch_id / 5 * 13) % 50 < 44 THEN 'WO' WHEN (btch_id / 5 * 13) % 50 < 49 THEN 'CH' ELSE 'FO' END AS rsn,
           end_ts + (30 + btch_id % 90) * interval '1 minute' AS ts,
           btch_id AS k
    FROM cand WHERE rk = 1
    UNION ALL
    SELECT NULL, d.site_id, l.item_cd, 1 + d.stop_id % 3,
           CASE WHEN d.stop_id % 2 = 0 THEN 'TR' ELSE 'ST' END,
           d.actl_ts + interval '20 minutes', d.stop_id
    FROM stop_hdr d
    JOIN LATERAL (SELECT item_cd FROM stop_ln x WHERE x.stop_id = d.stop_id AND x.qty > 0 AND x.item_cd <> 'THG'
                  ORDER BY md5(d.stop_id::text || x.item_cd) LIMIT 1) l ON true
    WHERE d.stop_typ_cd = 'D' AND d.stat_cd = 'C' AND d.stop_id % 61 = 0
)
SELECT row_number() OVER (ORDER BY ts, k, btch_id NULLS LAST, site_id, item_cd), btch_id, site_id, item_cd, qty, rsn, ts,
       CASE WHEN ts >= timestamptz '2025-11-21 00:00:00+00' THEN NULL
            WHEN rsn IN ('TR', 'CH', 'FO') AND k % 3 <> 0 THEN 'Y'
            ELSE 'N' END
FROM r;

-- ---------------------------------------------------------------- inv_hdr (monthly invoices)
CREATE TABLE inv_hdr (
    inv_no    varchar(10) PRIMARY KEY,
    site_id   integer NOT NULL REFERENCES cli_site (site_id),
    cntrct_id integer NOT NULL REFERENCES cntrct (cntrct_id),
    prd_from  date NOT NULL,
    prd_to    date NOT NULL,
    inv_dt    date NOT NULL,
    due_dt    date NOT NULL,
    net_gbp   numeric(10,2) NOT NULL,
    vat_gbp   numeric(10,2) NOT NULL,
    stat_cd   char(1) NOT NULL,
    pd_dt     date
);
COMMENT ON TABLE inv_hdr IS 'Invoices: one per site per calendar month of service, billed in arrears';
COMMENT ON COLUMN inv_hdr.prd_from IS 'first day of the month of service billed';
COMMENT ON COLUMN inv_hdr.prd_to IS 'last day of the month of service billed';
COMMENT ON COLUMN inv_hdr.net_gbp IS 'amount before VAT, GBP: pieces delivered x contract price, topped up to the contract minimum';
COMMENT ON COLUMN inv_hdr.vat_gbp IS 'VAT at 20%, GBP';
COMMENT ON COLUMN inv_hdr.stat_cd IS 'I = issued (awaiting payment), P = paid, D = disputed, V = void (replaced by a corrected invoice)';
COMMENT ON COLUMN inv_hdr.pd_dt IS 'date payment was received; NULL = not paid';

INSERT INTO inv_hdr (inv_no, site_id, cntrct_id, prd_from, prd_to, inv_dt, due_dt, net_gbp, vat_gbp, stat_cd, pd_dt)
WITH m AS (
    SELECT g::date AS prd_from, (g + interval '1 month' - interval '1 day')::date AS prd_to,
           (row_number() OVER (ORDER BY g))::int AS mi
    FROM generate_series(timestamp '2023-12-01', timestamp '2025-10-01', interval '1 month') AS g
), sc AS (
    SELECT DISTINCT ON (c.site_id, m.prd_from)
           c.site_id, c.cntrct_id, c.min_wk_chrg_gbp, c.pay_trm_days, m.prd_from, m.prd_to, m.mi
    FROM m
    JOIN cntrct c ON c.stat_cd IN ('A', 'E', 'T') AND c.strt_dt <= m.prd_to
                 AND coalesce(c.end_dt, date '2099-12-31') >= m.prd_from
    ORDER BY c.site_id, m.prd_from, c.strt_dt DESC
), dv AS (
    SELECT d.site_id, date_trunc('month', d.actl_ts AT TIME ZONE 'UTC')::date AS mth,
           sum(l.qty * cp.unit_prc_gbp) AS amt
    FROM stop_hdr d
    JOIN stop_hdr p ON p.stop_id = d.rtn_stop_id
    JOIN stop_ln l ON l.stop_id = d.stop_id
    JOIN cntrct c ON c.site_id = p.site_id AND c.stat_cd IN ('A', 'E', 'T')
                 AND p.sched_dt BETWEEN c.strt_dt AND coalesce(c.end_dt, date '2099-12-31')
    JOIN cntrct_prc cp ON cp.cntrct_id = c.cntrct_id AND cp.item_cd = l.item_cd
    WHERE d.stop_typ_cd = 'D' AND d.stat_cd = 'C'
    GROUP BY 1, 2
), base AS (
    SELECT sc.*, round(greatest(coalesce(dv.amt, 0), sc.min_wk_chrg_gbp * 4), 2) AS net,
           sc.prd_to + 1 + sc.site_id % 3 AS inv_dt,
           (sc.site_id * 31 + sc.mi * 17) % 97 AS hi
    FROM sc
    LEFT JOIN dv ON dv.site_id = sc.site_id AND dv.mth = sc.prd_from
), iv AS (
    SELECT site_id, cntrct_id, pay_trm_days, prd_from, prd_to, inv_dt, net, hi,
           CASE WHEN hi % 29 = 3 THEN 'V' END AS forced
    FROM base
    UNION ALL
    SELECT site_id, cntrct_id, pay_trm_days, prd_from, prd_to, inv_dt + 6, round(net * 0.97, 2), (hi + 40) % 97, NULL
    FROM base WHERE hi % 29 = 3
), st AS (
    SELECT iv.*,
           CASE WHEN forced IS NOT NULL THEN NULL
                WHEN net = 0 THEN NULL
                WHEN hi % 23 = 5 THEN NULL
                WHEN inv_dt + pay_trm_days - 12 + hi % 27 > date '2025-11-30' THEN NULL
                ELSE inv_dt + pay_trm_days - 12 + hi % 27 END AS pd
    FROM iv
)
SELECT 'INV' || lpad(row_number() OVER (ORDER BY inv_dt, site_id, prd_from, net)::text, 6, '0'),
       site_id, cntrct_id, prd_from, prd_to, inv_dt, inv_dt + pay_trm_days, net, round(net * 0.20, 2),
       CASE WHEN forced = 'V' THEN 'V'
            WHEN pd IS NOT NULL THEN 'P'
            WHEN net > 0 AND hi % 23 = 5 THEN 'D'
            ELSE 'I' END,
       pd
FROM st;
