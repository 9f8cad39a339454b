-- Made-up schema: the fundraising office of a UK hospice charity, as exported from an old CRM
-- (supporters, appeals, regular-giving pledges, gifts with gift aid, fundraising events and their
-- tickets, volunteer shifts, grant applications). Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30 (only planned things lie later:
-- future events, their tickets sold so far, scheduled shifts, appeal end dates).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS grnt;
DROP TABLE IF EXISTS vol_shft;
DROP TABLE IF EXISTS evt_tkt;
DROP TABLE IF EXISTS evt;
DROP TABLE IF EXISTS gft;
DROP TABLE IF EXISTS plg;
DROP TABLE IF EXISTS cmpgn;
DROP TABLE IF EXISTS dnr;

-- ---------------------------------------------------------------- dnr (supporters / constituents)
CREATE TABLE dnr (
    dnr_id    integer PRIMARY KEY,
    dnr_typ   char(1) NOT NULL,
    frst_nm   text,
    lst_nm    text,
    org_nm    text,
    eml       text,
    pst_cd    varchar(8),
    cntry_cd  char(2) NOT NULL,
    ga_decl   boolean NOT NULL DEFAULT false,
    vol_flg   boolean NOT NULL DEFAULT false,
    src_cd    varchar(3),
    crtd_dt   date NOT NULL
);
COMMENT ON TABLE dnr IS 'Supporters (constituents): donors, funders and volunteers';
COMMENT ON COLUMN dnr.dnr_typ IS 'I = individual, O = organisation (company, school, club, church), T = trust or foundation';
COMMENT ON COLUMN dnr.frst_nm IS 'first name; NULL for O and T';
COMMENT ON COLUMN dnr.lst_nm IS 'surname; NULL for O and T';
COMMENT ON COLUMN dnr.org_nm IS 'organisation / trust name; NULL for individuals';
COMMENT ON COLUMN dnr.cntry_cd IS 'ISO country code of the postal address';
COMMENT ON COLUMN dnr.ga_decl IS 'a gift aid declaration (UK taxpayer) is on file';
COMMENT ON COLUMN dnr.vol_flg IS 'registered volunteer';
COMMENT ON COLUMN dnr.src_cd IS 'how the supporter was recruited: WEB = website, DM = direct mail, EVT = event, F2F = face-to-face street fundraising, REF = referred by another supporter; NULL = unknown';
COMMENT ON COLUMN dnr.crtd_dt IS 'date the record was created';

INSERT INTO dnr (dnr_id, dnr_typ, frst_nm, lst_nm, org_nm, eml, pst_cd, cntry_cd, ga_decl, vol_flg, src_cd, crtd_dt)
WITH b AS (
    SELECT g,
           CASE WHEN g % 25 = 0 THEN 'T' WHEN g % 9 = 0 THEN 'O' ELSE 'I' END AS typ,
           CASE WHEN g % 31 = 0 THEN 'IE' WHEN g % 43 = 0 THEN 'US' ELSE 'GB' END AS cntry
    FROM generate_series(1, 1200) AS g
)
SELECT g, typ,
       CASE WHEN typ = 'I' THEN (ARRAY['Margaret','David','Susan','John','Helen','Peter','Aisha','Tom','Zoë','Rajesh',
                                       'Siobhán','Gareth','Emma','Oluwaseun','Fiona','Ian','Priya','Mark','Joan','Kieran',
                                       'Lucy','Bronwen','Hamish','Agnieszka'])[1 + g % 24] END,
       CASE WHEN typ = 'I' THEN (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Evans','Thomas','Roberts','Walker',
                                       'Patel','O''Brien','Hughes','Khan','MacDonald','Davies','Clarke','Wright','Nowak','Green',
                                       'Hall','Lewis','Murphy','Okafor','Price','Robinson','Ward','Young','Ahmed'])[1 + (g * 7) % 29] END,
       CASE WHEN typ = 'O' THEN (ARRAY['Northgate Bakery','Harbour Insurance','Kestrel Software','Millbrook Rotary Club',
                                       'St Peter''s Primary School','Greenway Solicitors','Lakeland Motors','Oakfield Dental',
                                       'Brightstar Logistics','Castle Brewery','Wycliffe Methodist Church','Acorn Nurseries',
                                       'Hollins Park Golf Club','Riverside Women''s Institute'])[1 + (g / 9) % 14]
                                || CASE WHEN g > 600 THEN ' (' || (g / 9) || ')' ELSE '' END
            WHEN typ = 'T' THEN (ARRAY['Hartley','Ashworth','Pemberton','Whitfield','Danvers','Colborne','Marsh','Ellison',
                                       'Fairbairn','Latimer','Rowntree','Beaumont'])[1 + (g / 25) % 12]
                                || ' ' || (ARRAY['Charitable Trust','Foundation','Family Trust','Memorial Fund'])[1 + (g / 25) % 4]
                                || CASE WHEN g > 300 THEN ' No. ' || (g / 25) ELSE '' END
       END,
       CASE WHEN g % 11 = 0 THEN NULL
            WHEN typ = 'I' THEN lower(replace((ARRAY['margaret','david','susan','john','helen','peter','aisha','tom','zoe','rajesh',
                                       'siobhan','gareth','emma','oluwaseun','fiona','ian','priya','mark','joan','kieran',
                                       'lucy','bronwen','hamish','agnieszka'])[1 + g % 24], ' ', '')) || '.' || g || '@example.org.uk'
            ELSE 'info' || g || '@example-org.co.uk' END,
       CASE WHEN g % 17 = 0 THEN NULL
            WHEN cntry <> 'GB' THEN NULL
            ELSE (ARRAY['LS','YO','HG','BD','HX','WF','HD','S'])[1 + g % 8] || (1 + g % 28) || ' ' || (1 + g % 9)
                 || (ARRAY['AB','DF','HJ','LN','PQ','RT','WX'])[1 + (g * 3) % 7] END,
       cntry,
       typ = 'I' AND cntry = 'GB' AND g % 3 <> 0,
       typ = 'I' AND g % 8 = 3,
       CASE WHEN g % 19 = 0 THEN NULL ELSE (ARRAY['WEB','DM','EVT','F2F','REF'])[1 + g % 5] END,
       CASE WHEN g <= 800 THEN date '2018-01-01' + (g * 97) % 2190
            ELSE date '2024-01-01' + ((g - 800) * 13) % 700 END
FROM b;

-- ---------------------------------------------------------------- cmpgn (campaigns / appeals)
CREATE TABLE cmpgn (
    cmpgn_id  integer PRIMARY KEY,
    cmpgn_cd  varchar(8) NOT NULL UNIQUE,
    cmpgn_nm  text NOT NULL,
    chnl_cd   varchar(3),
    strt_dt   date NOT NULL,
    end_dt    date,
    tgt_amt   numeric(12,2),
    cst_amt   numeric(10,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE cmpgn IS 'Fundraising campaigns and appeals';
COMMENT ON COLUMN cmpgn.chnl_cd IS 'main channel: DM = direct mail, EM = email, DG = digital / social media, EV = event, F2F = face-to-face, TL = telephone; NULL = no particular channel';
COMMENT ON COLUMN cmpgn.end_dt IS 'last day of the campaign; NULL = open-ended';
COMMENT ON COLUMN cmpgn.tgt_amt IS 'fundraising target, GBP; NULL = no target set';
COMMENT ON COLUMN cmpgn.cst_amt IS 'what the campaign cost to run, GBP';

INSERT INTO cmpgn (cmpgn_id, cmpgn_cd, cmpgn_nm, chnl_cd, strt_dt, end_dt, tgt_amt, cst_amt) VALUES
    (1,  'SPR24',  'Spring Appeal 2024',              'DM',  '2024-03-01', '2024-05-31', 36000,  6500),
    (2,  'RG24',   'Regular Giving Drive 2024',       'F2F', '2024-01-01', '2024-12-31', NULL,   18000),
    (3,  'GALA24', 'Summer Gala 2024',                'EV',  '2024-06-01', '2024-07-20', 25000,  9000),
    (4,  'FLOOD',  'Emergency Flood Appeal',          'EM',  '2024-07-15', '2024-09-30', 30000,  1200),
    (5,  'RAFF24', 'Autumn Raffle 2024',              'DM',  '2024-10-01', '2024-10-31', 8000,   1500),
    (6,  'WIN24',  'Winter Appeal 2024',              'DM',  '2024-11-01', '2025-01-31', 60000,  8000),
    (7,  'GT24',   'Giving Tuesday 2024',             'DG',  '2024-12-03', '2024-12-03', 5000,   300),
    (8,  'GEN',    'General Fund',                    NULL,  '2015-01-01', NULL,         NULL,   0),
    (9,  'HOSP',   'New Hospice Wing Capital Appeal', 'DM',  '2024-06-01', NULL,         500000, 25000),
    (10, 'SPR25',  'Spring Appeal 2025',              'DM',  '2025-03-01', '2025-05-31', 45000,  7000),
    (11, 'RG25',   'Regular Giving Drive 2025',       'F2F', '2025-01-01', '2025-12-31', NULL,   20000),
    (12, 'MAR25',  'Marathon 2025',                   'EV',  '2025-04-01', '2025-04-27', 20000,  4000),
    (13, 'GALA25', 'Summer Gala 2025',                'EV',  '2025-06-01', '2025-07-19', 25000,  9500),
    (14, 'LEG25',  'Legacy Awareness Week 2025',      'EM',  '2025-09-08', '2025-09-14', 10000,  800),
    (15, 'TEL25',  'Telephone Upgrade Campaign 2025', 'TL',  '2025-09-15', '2025-10-31', NULL,   3500),
    (16, 'CORP25', 'Corporate Partners 2025',         'DM',  '2025-01-01', '2025-12-31', 50000,  2000),
    (17, 'XMAS25', 'Christmas Appeal 2025',           'DM',  '2025-11-01', '2026-01-31', 65000,  8500),
    (18, 'GT25',   'Giving Tuesday 2025',             'DG',  '2025-12-02', '2025-12-02', 6000,   400);

-- ---------------------------------------------------------------- plg (regular-giving pledges)
CREATE TABLE plg (
    plg_id    integer PRIMARY KEY,
    dnr_id    integer NOT NULL REFERENCES dnr (dnr_id),
    cmpgn_id  integer REFERENCES cmpgn (cmpgn_id),
    freq_cd   char(1) NOT NULL,
    inst_amt  numeric(8,2) NOT NULL,
    pmt_mthd  varchar(3) NOT NULL,
    strt_dt   date NOT NULL,
    cncl_dt   date
);
COMMENT ON TABLE plg IS 'Regular-giving pledges (standing commitments to give an amount at a frequency)';
COMMENT ON COLUMN plg.cmpgn_id IS 'campaign that recruited the pledge; NULL = not attributed';
COMMENT ON COLUMN plg.freq_cd IS 'M = monthly, Q = quarterly, A = annually';
COMMENT ON COLUMN plg.inst_amt IS 'amount of each instalment, GBP';
COMMENT ON COLUMN plg.pmt_mthd IS 'DD = direct debit, CC = recurring card payment';
COMMENT ON COLUMN plg.strt_dt IS 'date of the first instalment';
COMMENT ON COLUMN plg.cncl_dt IS 'date the supporter cancelled; NULL = pledge still active. Instalments are taken on strt_dt and every period after it, strictly before cncl_dt';

INSERT INTO plg (plg_id, dnr_id, cmpgn_id, freq_cd, inst_amt, pmt_mthd, strt_dt, cncl_dt)
WITH givers AS (
    SELECT dnr_id, row_number() OVER (ORDER BY dnr_id) AS rn, count(*) OVER () AS cnt
    FROM dnr
    WHERE dnr_typ = 'I' AND dnr_id % 13 <> 0 AND dnr_id % 16 <> 11
), p AS (
    SELECT p,
           date '2024-01-01' + (p * 53) % 690 AS s,
           CASE WHEN p % 10 <= 6 THEN 'M' WHEN p % 10 <= 8 THEN 'Q' ELSE 'A' END AS freq
    FROM generate_series(1, 360) AS p
)
SELECT p.p,
       gv.dnr_id,
       CASE WHEN p.p % 3 = 0 THEN NULL
            WHEN p.s BETWEEN date '2025-09-15' AND date '2025-10-31' AND p.p % 2 = 0 THEN 15
            WHEN p.s < date '2025-01-01' THEN 2 ELSE 11 END,
       p.freq,
       CASE p.freq WHEN 'M' THEN (ARRAY[5, 10, 15, 20, 25, 50, 8.50, 12])[1 + p.p % 8]
                   WHEN 'Q' THEN 30 + (p.p % 4) * 15
                   ELSE 120 + (p.p % 5) * 60 END,
       CASE WHEN p.p % 5 = 0 THEN 'CC' ELSE 'DD' END,
       p.s,
       CASE WHEN p.p % 37 = 0 THEN p.s                                     -- cancelled before the first instalment
            WHEN p.p % 4 = 0 AND p.s + 30 + (p.p * 17) % 400 <= date '2025-11-30' THEN p.s + 30 + (p.p * 17) % 400
            END
FROM p
JOIN givers gv ON gv.rn = 1 + (p.p * 11) % gv.cnt;

-- ---------------------------------------------------------------- gft (gifts)
CREATE TABLE gft (
    gft_id     integer PRIMARY KEY,
    dnr_id     integer NOT NULL REFERENCES dnr (dnr_id),
    cmpgn_id   integer REFERENCES cmpgn (cmpgn_id),
    plg_id     integer,
    gft_amt    numeric(10,2) NOT NULL,
    rcvd_dt    date NOT NULL,
    pmt_mthd   varchar(3) NOT NULL,
    gft_sts    char(1) NOT NULL,
    anon_flg   boolean NOT NULL DEFAULT false,
    ga_elig    boolean NOT NULL DEFAULT false,
    ga_clm_dt  date,
    rcpt_no    varchar(12)
);
COMMENT ON TABLE gft IS 'Gifts received: one-off donations and regular-giving instalments';
COMMENT ON COLUMN gft.cmpgn_id IS 'campaign / appeal the gift is credited to; NULL = unattributed';
COMMENT ON COLUMN gft.plg_id IS 'pledge (plg.plg_id) this gift is an instalment of; NULL = one-off gift';
COMMENT ON COLUMN gft.gft_amt IS 'gift amount, GBP; 0 = gift in kind recorded without a value';
COMMENT ON COLUMN gft.rcvd_dt IS 'date the money was received';
COMMENT ON COLUMN gft.pmt_mthd IS 'CC = card, DD = direct debit, CHQ = cheque, CSH = cash, BT = bank transfer';
COMMENT ON COLUMN gft.gft_sts IS 'C = cleared, R = refunded to the donor, F = failed (declined card / bounced direct debit)';
COMMENT ON COLUMN gft.anon_flg IS 'donor asked for this gift to stay anonymous';
COMMENT ON COLUMN gft.ga_elig IS 'gift aid can be claimed on this gift (individual UK taxpayer with a declaration)';
COMMENT ON COLUMN gft.ga_clm_dt IS 'date gift aid was claimed from HMRC for this gift; NULL = not claimed';
COMMENT ON COLUMN gft.rcpt_no IS 'number of the thank-you / tax receipt sent; NULL = no receipt sent';

INSERT INTO gft (gft_id, dnr_id, cmpgn_id, plg_id, gft_amt, rcvd_dt, pmt_mthd, gft_sts, anon_flg, ga_elig, ga_clm_dt, rcpt_no)
WITH oneoff AS (
    SELECT 1 AS src, i, d.dnr_id, d.dnr_typ, d.ga_decl, d.cntry_cd, NULL::integer AS plg_id,
           CASE WHEN d.crtd_dt < date '2024-01-01' AND d.dnr_id % 10 = 7 THEN date '2024-01-01' + (i * 37) % 366   -- lapsing cohort
                WHEN d.crtd_dt < date '2024-01-01' THEN date '2024-01-01' + (i * 37) % 700
                ELSE d.crtd_dt + ((i * 37) % 700) * (date '2025-11-30' - d.crtd_dt) / 699 END AS rcvd_dt,
           CASE WHEN d.dnr_typ = 'I' THEN (ARRAY['CC','CC','CHQ','BT','CSH','CC','CHQ','CC'])[1 + (i * 3) % 8]
                WHEN i % 2 = 0 THEN 'BT' ELSE 'CHQ' END AS pmt_mthd,
           CASE WHEN i % 97 = 0 THEN 0
                WHEN d.dnr_typ = 'T' THEN 1000 + ((i * 13) % 10) * 500
                WHEN d.dnr_typ = 'O' THEN 250 + ((i * 31) % 20) * 50
                WHEN i % 53 = 0 THEN 500
                WHEN i % 89 = 0 THEN 1000 + (i % 5) * 250
                ELSE (ARRAY[5, 10, 20, 25, 30, 50, 75, 100, 150, 250])[1 + (i * 7) % 10] END AS base_amt,
           CASE WHEN i % 41 = 0 THEN 'R' WHEN i % 113 = 0 THEN 'F' ELSE 'C' END AS sts,
           i % 15 = 0 OR (d.dnr_typ = 'I' AND i % 53 = 0 AND i % 2 = 0) AS anon
    FROM generate_series(1, 3400) AS i
    JOIN dnr d ON d.dnr_id = 1 + (i * 7) % 1200
    WHERE d.dnr_id % 13 <> 0 AND NOT (d.vol_flg AND d.dnr_id % 16 = 11)
), oneoff2 AS (
    SELECT o.*,
           o.base_amt + CASE WHEN o.pmt_mthd = 'CSH' AND o.base_amt > 0 THEN ((o.i * 7) % 100) / 100.0 ELSE 0 END AS amt,
           (SELECT c.cmpgn_id
            FROM cmpgn c
            WHERE c.strt_dt <= o.rcvd_dt AND coalesce(c.end_dt, date '2099-12-31') >= o.rcvd_dt
              AND c.cmpgn_id NOT IN (2, 5, 11, 14, 15, 18)
              AND (c.cmpgn_id <> 16 OR o.dnr_typ <> 'I')
            ORDER BY (c.cmpgn_id * 7 + o.i) % 11, c.cmpgn_id
            LIMIT 1) AS cmpgn_pick
    FROM oneoff o
), inst AS (
    SELECT 2 AS src, k AS i, d.dnr_id, d.dnr_typ, d.ga_decl, d.cntry_cd, p.plg_id, p.cmpgn_id,
           (p.strt_dt + k * CASE p.freq_cd WHEN 'M' THEN interval '1 month'
                                           WHEN 'Q' THEN interval '3 months'
                                           ELSE interval '1 year' END)::date AS rcvd_dt,
           p.pmt_mthd, p.inst_amt AS amt,
           CASE WHEN (p.plg_id * 3 + k) % 31 = 0 THEN 'F' WHEN (p.plg_id + k) % 97 = 0 THEN 'R' ELSE 'C' END AS sts
    FROM plg p
    JOIN dnr d ON d.dnr_id = p.dnr_id
    CROSS JOIN generate_series(0, 23) AS k
), inst2 AS (
    SELECT inst.* FROM inst
    JOIN plg p ON p.plg_id = inst.plg_id
    WHERE inst.rcvd_dt <= date '2025-11-30' AND inst.rcvd_dt < coalesce(p.cncl_dt, date '2099-12-31')
), allg AS (
    SELECT src, i, dnr_id, dnr_typ, ga_decl, cntry_cd, plg_id,
           CASE WHEN i % 6 = 0 AND cmpgn_pick = 8 THEN NULL ELSE cmpgn_pick END AS cmpgn_id,
           amt, rcvd_dt, pmt_mthd, sts, anon
    FROM oneoff2
    UNION ALL
    SELECT src, i, dnr_id, dnr_typ, ga_decl, cntry_cd, plg_id, cmpgn_id, amt, rcvd_dt, pmt_mthd, sts, false
    FROM inst2
), one_a_day AS (                          -- the CRM merges a supporter's same-day gifts: keep one per day
    SELECT allg.*, row_number() OVER (PARTITION BY dnr_id, rcvd_dt ORDER BY src DESC, i) AS same_day
    FROM allg
), n AS (
    SELECT one_a_day.*,
           row_number() OVER (ORDER BY rcvd_dt, src, dnr_id, i) AS gid,
           dnr_typ = 'I' AND ga_decl AND cntry_cd = 'GB' AND amt > 0 AS elig
    FROM one_a_day
    WHERE same_day = 1
)
SELECT gid, dnr_id, cmpgn_id, plg_id, amt, rcvd_dt, pmt_mthd, sts, anon, elig,
       CASE WHEN elig AND sts = 'C' AND (i + dnr_id) % 23 <> 0
                 AND (date_trunc('quarter', rcvd_dt) + interval '3 months 14 days')::date <= date '2025-11-30'
            THEN (date_trunc('quarter', rcvd_dt) + interval '3 months 14 days')::date END,
       CASE WHEN sts <> 'F' AND (dnr_typ <> 'I' OR amt >= 100 OR (plg_id IS NULL AND NOT anon AND i % 3 = 0))
            THEN 'TR' || lpad(gid::text, 6, '0') END
FROM n;

-- ---------------------------------------------------------------- evt (fundraising events)
CREATE TABLE evt (
    evt_id    integer PRIMARY KEY,
    evt_nm    text NOT NULL,
    evt_dt    date NOT NULL,
    vnu       text NOT NULL,
    cpcty     smallint NOT NULL,
    tkt_prc   numeric(7,2) NOT NULL,
    cmpgn_id  integer REFERENCES cmpgn (cmpgn_id)
);
COMMENT ON COLUMN evt.vnu IS 'venue';
COMMENT ON COLUMN evt.cpcty IS 'maximum number of tickets';
COMMENT ON COLUMN evt.tkt_prc IS 'standard ticket price, GBP; 0 = free event';
COMMENT ON COLUMN evt.cmpgn_id IS 'campaign the event belongs to; NULL = stand-alone';

INSERT INTO evt (evt_id, evt_nm, evt_dt, vnu, cpcty, tkt_prc, cmpgn_id) VALUES
    (1,  'Quiz Night - February 2024',   '2024-02-16', 'St Anne''s Church Hall',      80,  12.00, NULL),
    (2,  'Spring Coffee Morning',        '2024-03-23', 'Riverside Community Centre',  60,  0.00,  1),
    (3,  'Charity Golf Day 2024',        '2024-05-17', 'Hollins Park Golf Club',      72,  85.00, NULL),
    (4,  'Summer Gala Dinner 2024',      '2024-07-13', 'The Grand Hotel',             220, 65.00, 3),
    (5,  'Sponsored Walk 2024',          '2024-09-07', 'Castle Grounds',              300, 15.00, 4),
    (6,  'Quiz Night - October 2024',    '2024-10-18', 'St Anne''s Church Hall',      80,  12.00, NULL),
    (7,  'Christmas Carol Concert 2024', '2024-12-14', 'St Mary''s Cathedral',        400, 10.00, 6),
    (8,  'Burns Night Supper',           '2025-01-25', 'The Grand Hotel',             120, 45.00, NULL),
    (9,  'Quiz Night - February 2025',   '2025-02-28', 'St Anne''s Church Hall',      80,  12.00, NULL),
    (10, 'Spring Fair 2025',             '2025-03-01', 'Riverside Community Centre',  250, 5.00,  10),
    (11, 'Marathon Pasta Party',         '2025-04-26', 'Riverside Community Centre',  150, 20.00, 12),
    (12, 'Afternoon Tea at the Manor',   '2025-05-18', 'Ashcombe Manor',              90,  30.00, NULL),
    (13, 'Charity Golf Day 2025',        '2025-06-13', 'Hollins Park Golf Club',      72,  90.00, NULL),
    (14, 'Summer Gala Dinner 2025',      '2025-07-12', 'The Grand Hotel',             240, 70.00, 13),
    (15, 'Open Garden Day',              '2025-08-31', 'Ashcombe Manor',              200, 8.00,  NULL),
    (16, 'Sponsored Walk 2025',          '2025-09-01', 'Castle Grounds',              300, 15.00, NULL),
    (17, 'Quiz Night - October 2025',    '2025-10-17', 'St Anne''s Church Hall',      80,  12.00, NULL),
    (18, 'Comedy Night',                 '2025-11-29', 'The Old Fire Station',        150, 18.00, NULL),
    (19, 'Christmas Carol Concert 2025', '2025-12-13', 'St Mary''s Cathedral',        400, 10.00, 17),
    (20, 'New Year Fun Run 2026',        '2026-01-01', 'Castle Grounds',              500, 12.00, NULL);

-- ---------------------------------------------------------------- evt_tkt (event tickets, one row per ticket)
CREATE TABLE evt_tkt (
    tkt_id   integer PRIMARY KEY,
    evt_id   integer NOT NULL REFERENCES evt (evt_id),
    dnr_id   integer REFERENCES dnr (dnr_id),
    tkt_typ  char(1) NOT NULL,
    pd_amt   numeric(7,2) NOT NULL,
    bkd_dt   date NOT NULL,
    attnd    boolean
);
COMMENT ON COLUMN evt_tkt.dnr_id IS 'supporter holding the ticket; NULL = guest not on the database';
COMMENT ON COLUMN evt_tkt.tkt_typ IS 'S = standard, C = concession (half price), V = VIP (double price), X = complimentary (free)';
COMMENT ON COLUMN evt_tkt.pd_amt IS 'amount paid for the ticket, GBP';
COMMENT ON COLUMN evt_tkt.bkd_dt IS 'date booked';
COMMENT ON COLUMN evt_tkt.attnd IS 'ticket holder checked in on the day; NULL = event has not taken place yet';

INSERT INTO evt_tkt (tkt_id, evt_id, dnr_id, tkt_typ, pd_amt, bkd_dt, attnd)
WITH t AS (
    SELECT e.evt_id, e.evt_dt, e.tkt_prc, n,
           CASE WHEN n % 10 = 0 THEN 'X'
                WHEN n % 6 = 0 AND e.tkt_prc >= 30 THEN 'V'
                WHEN n % 4 = 0 AND e.tkt_prc > 0 THEN 'C'
                ELSE 'S' END AS typ
    FROM evt e
    CROSS JOIN LATERAL generate_series(1, CASE WHEN e.evt_id = 20 THEN 0
                                              WHEN e.evt_id = 19 THEN e.cpcty * 2 / 5
                                              ELSE e.cpcty * (55 + (e.evt_id * 17) % 40) / 100 END) AS n
)
SELECT row_number() OVER (ORDER BY evt_id, n),
       evt_id,
       CASE WHEN n % 7 = 0 THEN NULL ELSE 1 + (evt_id * 131 + n * 37) % 1200 END,
       typ,
       CASE typ WHEN 'X' THEN 0 WHEN 'V' THEN tkt_prc * 2 WHEN 'C' THEN tkt_prc / 2 ELSE tkt_prc END,
       evt_dt - (14 + (n * 11) % 50),
       CASE WHEN evt_dt > date '2025-11-30' THEN NULL
            ELSE (n + evt_id * 3) % (6 + evt_id % 5) <> 0 END
FROM t;

-- ---------------------------------------------------------------- vol_shft (volunteer shifts)
CREATE TABLE vol_shft (
    shft_id   integer PRIMARY KEY,
    dnr_id    integer NOT NULL REFERENCES dnr (dnr_id),
    evt_id    integer REFERENCES evt (evt_id),
    rl_cd     varchar(3) NOT NULL,
    shft_dt   date NOT NULL,
    strt_tm   time NOT NULL,
    hrs       numeric(4,2) NOT NULL,
    sts       char(1) NOT NULL
);
COMMENT ON TABLE vol_shft IS 'Volunteer shifts (booked, worked or missed)';
COMMENT ON COLUMN vol_shft.dnr_id IS 'the volunteer (a supporter with vol_flg)';
COMMENT ON COLUMN vol_shft.evt_id IS 'event the shift is at; NULL = not an event shift';
COMMENT ON COLUMN vol_shft.rl_cd IS 'role: SHP = charity shop, OFC = office / admin, EVS = event steward, COL = street collection, DRV = driver';
COMMENT ON COLUMN vol_shft.hrs IS 'planned length of the shift in hours';
COMMENT ON COLUMN vol_shft.sts IS 'D = done (worked), N = no-show, X = cancelled in advance, S = scheduled (in the future)';

INSERT INTO vol_shft (shft_id, dnr_id, evt_id, rl_cd, shft_dt, strt_tm, hrs, sts)
WITH v AS (
    SELECT dnr_id, row_number() OVER (ORDER BY dnr_id) AS rn, count(*) OVER () AS cnt
    FROM dnr WHERE vol_flg
), s AS (
    SELECT s,
           CASE WHEN s > 1780 THEN 19
                WHEN s % 5 = 0 THEN 1 + (s / 5) % 18 END AS evt_id
    FROM generate_series(1, 1800) AS s
), s2 AS (
    SELECT s.s, s.evt_id,
           CASE WHEN s.evt_id IS NOT NULL THEN 'EVS'
                ELSE (ARRAY['SHP','SHP','OFC','COL','DRV','SHP','OFC'])[1 + (s.s * 3) % 7] END AS rl,
           coalesce(e.evt_dt, date '2024-01-02' + (s.s * 29) % 698) AS dt
    FROM s LEFT JOIN evt e ON e.evt_id = s.evt_id
)
SELECT s2.s,
       v.dnr_id,
       s2.evt_id,
       s2.rl,
       s2.dt,
       (ARRAY['09:00','10:00','13:00','14:30','17:30'])[1 + (s2.s * 3) % 5]::time,
       CASE WHEN s2.rl = 'EVS' THEN 5 ELSE (ARRAY[2.00, 3.00, 3.50, 4.00, 6.00])[1 + (s2.s * 7) % 5] END,
       CASE WHEN s2.dt > date '2025-11-30' THEN 'S'
            WHEN s2.s % 13 = 0 THEN 'N'
            WHEN s2.s % 17 = 0 THEN 'X'
            ELSE 'D' END
FROM s2
JOIN v ON v.rn = CASE WHEN s2.s % 3 = 0 THEN 1 + (s2.s * 7) % 20 ELSE 1 + (s2.s * 11) % v.cnt END;

-- ---------------------------------------------------------------- grnt (grant applications)
CREATE TABLE grnt (
    grnt_id   integer PRIMARY KEY,
    fndr_id   integer NOT NULL REFERENCES dnr (dnr_id),
    prj_nm    text NOT NULL,
    appl_dt   date NOT NULL,
    amt_req   numeric(12,2) NOT NULL,
    dcsn_cd   char(1) NOT NULL,
    dcsn_dt   date,
    amt_awd   numeric(12,2)
);
COMMENT ON TABLE grnt IS 'Grant applications made to trusts, foundations and companies';
COMMENT ON COLUMN grnt.fndr_id IS 'the funder (dnr.dnr_id, a trust or an organisation)';
COMMENT ON COLUMN grnt.prj_nm IS 'project the grant would fund';
COMMENT ON COLUMN grnt.appl_dt IS 'date the application was submitted';
COMMENT ON COLUMN grnt.amt_req IS 'amount applied for, GBP';
COMMENT ON COLUMN grnt.dcsn_cd IS 'P = pending (no decision yet), A = awarded, D = declined, W = withdrawn by us';
COMMENT ON COLUMN grnt.dcsn_dt IS 'date of the decision or withdrawal; NULL while pending';
COMMENT ON COLUMN grnt.amt_awd IS 'amount awarded, GBP (may be less than requested); NULL unless awarded';

INSERT INTO grnt (grnt_id, fndr_id, prj_nm, appl_dt, amt_req, dcsn_cd, dcsn_dt, amt_awd)
WITH t AS (
    SELECT dnr_id, dnr_typ, row_number() OVER (PARTITION BY dnr_typ ORDER BY dnr_id) AS rn,
           count(*) OVER (PARTITION BY dnr_typ) AS cnt
    FROM dnr WHERE dnr_typ IN ('T', 'O')
), r AS (
    SELECT r,
           date '2024-01-08' + (r * 31) % 680 AS appl,
           5000 + ((r * 37) % 20) * 2500 AS req
    FROM generate_series(1, 64) AS r
), r2 AS (
    SELECT r.*,
           CASE WHEN r % 11 = 0 AND appl + 20 <= date '2025-11-30' THEN 'W'
                WHEN r % 13 = 0 OR appl + 45 + (r * 13) % 100 > date '2025-11-30' THEN 'P'
                WHEN r % 4 = 1 THEN 'D'
                ELSE 'A' END AS dcsn
    FROM r
)
SELECT r2.r,
       t.dnr_id,
       (ARRAY['Hospice at Home nurses','Bereavement support service','Family support workers','Hospice wing building works',
              'Volunteer training programme','Children''s counselling','Minibus replacement','Garden therapy project'])[1 + r2.r % 8],
       r2.appl,
       r2.req,
       r2.dcsn,
       CASE r2.dcsn WHEN 'W' THEN r2.appl + 20 WHEN 'P' THEN NULL ELSE r2.appl + 45 + (r2.r * 13) % 100 END,
       CASE WHEN r2.dcsn <> 'A' THEN NULL
            WHEN r2.r % 3 = 0 THEN r2.req
            ELSE r2.req - 1000 * (1 + r2.r % 4) END
FROM r2
JOIN t ON (r2.r % 4 <> 0 AND t.dnr_typ = 'T' AND t.rn = 1 + (r2.r * 7) % t.cnt)
       OR (r2.r % 4 = 0 AND t.dnr_typ = 'O' AND t.rn = 1 + (r2.r * 5) % t.cnt);
