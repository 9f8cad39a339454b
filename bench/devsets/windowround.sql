-- Made-up schema: a small window-cleaning and gutter-clearing round business (vans, cleaners,
-- rounds, customers, round visits, one-off jobs, invoices, payments, complaints).
-- Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2026-11-30 (visits after it are only planned). Money is GBP.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS cmpl;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS vst;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS rnd;
DROP TABLE IF EXISTS clnr;
DROP TABLE IF EXISTS vn;

-- ---------------------------------------------------------------- vn (vans)
CREATE TABLE vn (
    van_id   smallint PRIMARY KEY,
    reg_no   varchar(8) NOT NULL,
    mk_mdl   text NOT NULL,
    reg_yr   smallint NOT NULL,
    tank_l   smallint NOT NULL,
    mot_due  date,
    is_actv  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE vn IS 'Company vans fitted with pure-water tanks and reach-and-wash poles';
COMMENT ON COLUMN vn.tank_l IS 'pure-water tank capacity, litres';
COMMENT ON COLUMN vn.mot_due IS 'next MOT test due; NULL = not known (van sold)';
COMMENT ON COLUMN vn.is_actv IS 'false = sold or permanently off the road';

INSERT INTO vn (van_id, reg_no, mk_mdl, reg_yr, tank_l, mot_due, is_actv) VALUES
    (1, 'YK17 WCR', 'Ford Transit Custom',   2017, 650, date '2027-03-14', true),
    (2, 'YD19 KLP', 'Vauxhall Vivaro',       2019, 500, date '2027-06-02', true),
    (3, 'YJ20 HGT', 'Ford Transit Connect',  2020, 400, date '2026-12-19', true),
    (4, 'YA66 BNE', 'Citroen Berlingo',      2016, 300, date '2027-01-27', true),
    (5, 'YF22 SXU', 'Renault Trafic',        2022, 650, date '2027-09-08', true),
    (6, 'YC14 OMD', 'Peugeot Partner',       2014, 300, NULL,              false);

-- ---------------------------------------------------------------- clnr (cleaners)
CREATE TABLE clnr (
    clnr_id  smallint PRIMARY KEY,
    fst_nm   text NOT NULL,
    lst_nm   text NOT NULL,
    emp_typ  char(1) NOT NULL,
    van_id   smallint REFERENCES vn (van_id),
    st_dt    date NOT NULL,
    lv_dt    date,
    hr_rt    numeric(5,2),
    mob      varchar(13)
);
COMMENT ON TABLE clnr IS 'Window cleaners, employed or self-employed';
COMMENT ON COLUMN clnr.emp_typ IS 'E = employee, S = self-employed subcontractor, A = apprentice';
COMMENT ON COLUMN clnr.van_id IS 'van usually driven; NULL = no van of their own (rides along)';
COMMENT ON COLUMN clnr.st_dt IS 'first day working for us';
COMMENT ON COLUMN clnr.lv_dt IS 'last day working for us; NULL = still with us';
COMMENT ON COLUMN clnr.hr_rt IS 'hourly pay, GBP; NULL for self-employed (paid per clean)';

INSERT INTO clnr (clnr_id, fst_nm, lst_nm, emp_typ, van_id, st_dt, lv_dt, hr_rt, mob) VALUES
    (1, 'Gary',   'Holt',      'E', 1,    date '2016-04-04', NULL,              14.50, '07700 900101'),
    (2, 'Dean',   'Marsh',     'E', 2,    date '2018-09-17', NULL,              13.75, '07700 900102'),
    (3, 'Kelly',  'Ashworth',  'E', 3,    date '2020-02-03', NULL,              13.25, '07700 900103'),
    (4, 'Wayne',  'Brierley',  'S', 4,    date '2019-05-13', date '2025-08-31', NULL,  '07700 900104'),
    (5, 'Sanjay', 'Mistry',    'S', 5,    date '2021-03-01', NULL,              NULL,  '07700 900105'),
    (6, 'Tom',    'Greenwood', 'E', 4,    date '2022-06-06', NULL,              12.90, '07700 900106'),
    (7, 'Liam',   'Coyle',     'A', NULL, date '2024-08-19', NULL,               8.60, '07700 900107'),
    (8, 'Paula',  'Sykes',     'E', 4,    date '2025-08-26', NULL,              13.00, NULL),
    (9, 'Jordan', 'Pickles',   'A', NULL, date '2026-11-16', NULL,               8.60, '07700 900109');

-- ---------------------------------------------------------------- rnd (rounds)
CREATE TABLE rnd (
    rnd_id    smallint PRIMARY KEY,
    rnd_nm    text NOT NULL,
    freq_wk   smallint NOT NULL,
    dow       smallint NOT NULL,
    lead_clnr smallint REFERENCES clnr (clnr_id),
    actv      boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE rnd IS 'Rounds: groups of streets cleaned together on the same day, every few weeks';
COMMENT ON COLUMN rnd.freq_wk IS 'weeks between cleans: 4, 6 or 8';
COMMENT ON COLUMN rnd.dow IS 'usual day of the week: 1 = Monday ... 6 = Saturday';
COMMENT ON COLUMN rnd.lead_clnr IS 'cleaner who normally works the round';

INSERT INTO rnd (rnd_id, rnd_nm, freq_wk, dow, lead_clnr, actv) VALUES
    (1,  'Town Centre',          4, 1, 1, true),
    (2,  'Moorside',             6, 2, 2, true),
    (3,  'Crossflatts',          8, 3, 3, true),
    (4,  'Eldwick',              6, 4, 4, true),
    (5,  'Priestthorpe',         4, 5, 5, true),
    (6,  'Cottingley',           8, 1, 6, true),
    (7,  'Harden & Wilsden',     6, 3, 1, true),
    (8,  'Sandy Lane',           4, 4, 2, true),
    (9,  'Baildon Village',      8, 2, 5, true),
    (10, 'Meadow Rise (new build)', 6, 6, 3, false);

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    c_typ     char(1) NOT NULL,
    hse_no    varchar(6),
    strt      text NOT NULL,
    pcode     varchar(8) NOT NULL,
    rnd_id    smallint REFERENCES rnd (rnd_id),
    prop_cd   char(2) NOT NULL,
    cln_px    numeric(6,2),
    pay_pref  char(1) NOT NULL,
    has_cnsv  boolean NOT NULL DEFAULT false,
    jn_dt     date NOT NULL,
    lft_dt    date,
    email     text
);
COMMENT ON TABLE cust IS 'Customers, domestic and commercial';
COMMENT ON COLUMN cust.c_typ IS 'D = domestic (house or flat), C = commercial (shop, office, pub)';
COMMENT ON COLUMN cust.rnd_id IS 'round the property is cleaned on; NULL = not on a round (one-off jobs only)';
COMMENT ON COLUMN cust.prop_cd IS 'DT = detached, SD = semi-detached, TR = terraced, FL = flat/maisonette, SH = shop, OF = office, PB = pub/restaurant';
COMMENT ON COLUMN cust.cln_px IS 'current price of one regular round clean, GBP; NULL when not on a round';
COMMENT ON COLUMN cust.pay_pref IS 'usual way of paying: C = cash, B = bank transfer, K = card';
COMMENT ON COLUMN cust.has_cnsv IS 'property has a conservatory';
COMMENT ON COLUMN cust.jn_dt IS 'date they became a customer';
COMMENT ON COLUMN cust.lft_dt IS 'date they cancelled the service; NULL = still a customer';

INSERT INTO cust (cust_id, cust_nm, c_typ, hse_no, strt, pcode, rnd_id, prop_cd, cln_px, pay_pref, has_cnsv, jn_dt, lft_dt, email)
WITH b AS (
    SELECT g,
           CASE WHEN g % 8 = 3 THEN 'C' ELSE 'D' END AS c_typ,
           CASE WHEN g % 12 = 0 THEN NULL ELSE 1 + (g * 7) % 9 END AS rnd_id,
           CASE WHEN g % 5 = 0 THEN date '2025-01-10' + (g * 11) % 640
                ELSE date '2019-03-01' + (g * 23) % 2090 END AS jn_dt
    FROM generate_series(1, 240) AS g
), p AS (
    SELECT b.*,
           CASE WHEN c_typ = 'C' THEN (ARRAY['SH','OF','PB'])[1 + g % 3]
                ELSE (ARRAY['DT','SD','SD','TR','TR','FL'])[1 + (g * 5) % 6] END AS prop_cd
    FROM b
)
SELECT g,
       CASE WHEN c_typ = 'C'
            THEN (ARRAY['Airedale','Kirkgate','Bingley','Myrtle','Northgate','Old Mill','Wharfe','Station'])[1 + g % 8]
                 || ' ' || (ARRAY['Dental Practice','Fish Bar','Accountants','Arms','Pharmacy','Florist','Estate Agents','Bakery','Vets','Cafe'])[1 + (g / 8) % 10]
            ELSE (ARRAY['Mr','Mrs','Ms','Dr','Mr & Mrs'])[1 + g % 5] || ' '
                 || chr(65 + (g * 7) % 26) || ' '
                 || (ARRAY['Sutcliffe','Ackroyd','Hussain','Barraclough','Wilkinson','Begum','Pickard','Hirst','Kowalski','Naylor',
                           'Shackleton','Ahmed','Priestley','Dobson','Fletcher','Lund','Whitaker','Bradley','Akhtar','Crabtree'])[1 + (g * 3) % 20]
       END,
       c_typ,
       CASE WHEN prop_cd = 'FL' THEN 'Flat ' || (1 + g % 6) ELSE (1 + (g * 13) % 140)::text END,
       (ARRAY['Main St','Park Rd','Mornington Rd','Ferncliffe Rd','Hall Bank Dr','Wagon Ln','Otley Rd','Gilstead Ln',
              'Crow Tree Ln','Myrtle Pl','Langley Ln','Oakwood Dr'])[1 + (g * 5) % 12],
       'BD16 ' || (1 + g % 9)::text || chr(65 + (g * 3) % 26) || chr(65 + (g * 11) % 26),
       rnd_id,
       prop_cd,
       CASE WHEN rnd_id IS NULL THEN NULL
            ELSE CASE prop_cd WHEN 'DT' THEN 22 WHEN 'SD' THEN 16 WHEN 'TR' THEN 12 WHEN 'FL' THEN 9
                              WHEN 'SH' THEN 18 WHEN 'OF' THEN 38 ELSE 27 END + (g % 4) * 1.5 END,
       CASE WHEN c_typ = 'C' THEN 'B' ELSE (ARRAY['C','B','B','K','C','B','K'])[1 + g % 7] END,
       prop_cd IN ('DT','SD') AND g % 5 IN (0, 2, 3),
       jn_dt,
       CASE WHEN g % 13 = 0 THEN least(greatest(jn_dt, date '2024-10-01') + 60 + (g * 17) % 420, date '2026-11-20') END,
       CASE WHEN c_typ = 'D' AND g % 4 = 1 THEN NULL
            ELSE 'cust' || g || '@example.co.uk' END
FROM p;

-- ---------------------------------------------------------------- vst (round visits)
CREATE TABLE vst (
    vst_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    sched_dt date NOT NULL,
    clnr_id  smallint REFERENCES clnr (clnr_id),
    vst_st   char(1) NOT NULL,
    skp_rsn  smallint,
    done_dt  date,
    mins     smallint,
    px_chg   numeric(6,2)
);
COMMENT ON TABLE vst IS 'Regular round cleans: one row per customer per due date';
COMMENT ON COLUMN vst.sched_dt IS 'date the clean was due on the round';
COMMENT ON COLUMN vst.clnr_id IS 'cleaner sent (or to be sent)';
COMMENT ON COLUMN vst.vst_st IS 'D = done, S = skipped, P = planned (not due yet)';
COMMENT ON COLUMN vst.skp_rsn IS 'why it was skipped: 1 = weather, 2 = no access (locked gate, dog, car in the way), 3 = customer away, 4 = van off the road; NULL unless skipped';
COMMENT ON COLUMN vst.done_dt IS 'date actually cleaned (can be a day or two after the due date); NULL = not done';
COMMENT ON COLUMN vst.mins IS 'time spent on site, minutes; NULL unless done';
COMMENT ON COLUMN vst.px_chg IS 'amount charged for this clean, GBP; NULL unless done';

INSERT INTO vst (vst_id, cust_id, sched_dt, clnr_id, vst_st, skp_rsn, done_dt, mins, px_chg)
WITH d AS (
    SELECT c.cust_id, c.prop_cd, c.cln_px, r.rnd_id, r.lead_clnr, k,
           (date '2024-09-02' + (r.dow - 1) + 7 * (r.rnd_id % r.freq_wk) + 7 * r.freq_wk * k) AS sched_dt
    FROM cust c
    JOIN rnd r ON r.rnd_id = c.rnd_id
    CROSS JOIN generate_series(0, 60) AS k
), f AS (
    SELECT d.*, (cust_id * 37 + k * 53) % 100 AS h
    FROM d
    JOIN cust c USING (cust_id)
    WHERE sched_dt <= date '2026-12-31'
      AND sched_dt >= c.jn_dt
      AND (c.lft_dt IS NULL OR sched_dt < c.lft_dt)
), s AS (
    SELECT f.*,
           row_number() OVER (ORDER BY sched_dt, cust_id) AS rn,
           CASE WHEN sched_dt > date '2026-11-30' THEN 'P'
                WHEN extract(month FROM sched_dt) IN (12, 1, 2) AND h < 15 THEN 'S'
                WHEN h < 7 THEN 'S'
                ELSE 'D' END AS vst_st,
           CASE WHEN extract(month FROM sched_dt) IN (12, 1, 2) AND h < 15 AND h >= 7 THEN 1
                ELSE 1 + (cust_id + k) % 4 END AS rsn
    FROM f
)
SELECT rn, cust_id, sched_dt,
       CASE WHEN rn % 9 = 0 THEN 7
            WHEN lead_clnr = 4 AND sched_dt > date '2025-08-31' THEN 8
            WHEN lead_clnr = 1 AND rn % 11 = 0 THEN 6
            ELSE lead_clnr END,
       vst_st,
       CASE WHEN vst_st = 'S' THEN rsn END,
       CASE WHEN vst_st = 'D' THEN
            sched_dt + CASE WHEN extract(day FROM sched_dt) < 27 AND h % 10 = 9 THEN 1
                            WHEN extract(day FROM sched_dt) < 27 AND h % 17 = 0 THEN 2
                            ELSE 0 END
       END,
       CASE WHEN vst_st = 'D' THEN
            CASE prop_cd WHEN 'DT' THEN 45 WHEN 'SD' THEN 35 WHEN 'TR' THEN 25 WHEN 'FL' THEN 20
                         WHEN 'SH' THEN 30 WHEN 'OF' THEN 70 ELSE 50 END + h % 15 - 5
       END,
       CASE WHEN vst_st = 'D' THEN
            CASE WHEN sched_dt < date '2026-04-01' THEN round(cln_px / 1.05 * 2) / 2 ELSE cln_px END
       END
FROM s;

-- ---------------------------------------------------------------- job (one-off jobs, quoted first)
CREATE TABLE job (
    job_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    job_typ  char(2) NOT NULL,
    qt_dt    date NOT NULL,
    qt_amt   numeric(7,2) NOT NULL,
    qt_st    char(1) NOT NULL,
    ans_dt   date,
    done_dt  date,
    clnr_id  smallint REFERENCES clnr (clnr_id),
    gut_m    numeric(5,1),
    n_panels smallint
);
COMMENT ON TABLE job IS 'One-off jobs outside the rounds: quoted, then accepted or declined by the customer';
COMMENT ON COLUMN job.job_typ IS 'GU = gutter clearing, CR = conservatory roof clean, SP = solar panel clean, FS = fascias and soffits';
COMMENT ON COLUMN job.qt_dt IS 'date the quote was given';
COMMENT ON COLUMN job.qt_amt IS 'quoted price, GBP';
COMMENT ON COLUMN job.qt_st IS 'Q = quoted, waiting for the customer, A = accepted, D = declined';
COMMENT ON COLUMN job.ans_dt IS 'date the customer accepted or declined; NULL = no answer yet';
COMMENT ON COLUMN job.done_dt IS 'date the work was carried out; NULL = not done (yet)';
COMMENT ON COLUMN job.clnr_id IS 'cleaner who did or will do the job; NULL = not assigned';
COMMENT ON COLUMN job.gut_m IS 'length of guttering, metres; NULL unless gutter clearing';
COMMENT ON COLUMN job.n_panels IS 'number of solar panels; NULL unless solar panel clean';

INSERT INTO job (job_id, cust_id, job_typ, qt_dt, qt_amt, qt_st, ans_dt, done_dt, clnr_id, gut_m, n_panels)
WITH b AS (
    SELECT g, c.cust_id, c.has_cnsv, c.prop_cd,
           date '2024-01-08' + (g * 3) + (g * 7) % 5 AS qt_dt
    FROM generate_series(1, 330) AS g
    JOIN cust c ON c.cust_id = 1 + (g * 53) % 233
), t AS (
    SELECT b.*,
           CASE WHEN has_cnsv AND g % 3 = 0 THEN 'CR'
                ELSE (ARRAY['GU','GU','SP','FS','GU'])[1 + g % 5] END AS job_typ,
           CASE WHEN qt_dt > date '2026-11-10' THEN CASE WHEN g % 4 = 0 THEN 'A' ELSE 'Q' END
                WHEN g % 5 = 0 OR g % 7 = 3 THEN 'D'
                WHEN g % 11 = 0 THEN 'Q'
                ELSE 'A' END AS qt_st
    FROM b
), a AS (
    SELECT t.*,
           CASE WHEN qt_st IN ('A','D') THEN least(qt_dt + 2 + g % 10, date '2026-11-30') END AS ans_dt,
           CASE job_typ WHEN 'GU' THEN 45 + (g * 7) % 60
                        WHEN 'CR' THEN 60 + (g * 11) % 50
                        WHEN 'SP' THEN 40 + ((g * 3) % 20) * 4.5
                        ELSE 90 + (g * 13) % 120 END AS qt_amt
    FROM t
)
SELECT g, cust_id, job_typ, qt_dt, qt_amt, qt_st, ans_dt,
       CASE WHEN qt_st = 'A' AND g % 13 <> 0 AND ans_dt + 4 + (g * 5) % 25 <= date '2026-11-30'
            THEN ans_dt + 4 + (g * 5) % 25 END,
       CASE WHEN qt_st = 'A' AND g % 17 <> 0
            THEN (ARRAY[1, 2, 3, 5, 6, CASE WHEN qt_dt < date '2025-09-01' THEN 4 ELSE 8 END])[1 + g % 6]::smallint END,
       CASE WHEN job_typ = 'GU' THEN 12 + (g * 7) % 30 + 0.5 * (g % 2) END,
       CASE WHEN job_typ = 'SP' THEN (8 + (g * 3) % 20)::smallint END
FROM a;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_no   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    src_cd   char(1) NOT NULL,
    job_id   integer,
    amt      numeric(8,2) NOT NULL,
    pd_dt    date
);
COMMENT ON TABLE inv IS 'Invoices: one a month per customer for the round cleans done in the previous month, and one per finished one-off job';
COMMENT ON COLUMN inv.inv_dt IS 'date issued (round invoices on the 1st of the month after the cleans)';
COMMENT ON COLUMN inv.due_dt IS 'payment due by';
COMMENT ON COLUMN inv.src_cd IS 'R = round cleans, J = one-off job';
COMMENT ON COLUMN inv.job_id IS 'job invoiced (job.job_id) when src_cd = J, no foreign key; NULL for round invoices';
COMMENT ON COLUMN inv.amt IS 'invoice total, GBP';
COMMENT ON COLUMN inv.pd_dt IS 'date the invoice was paid in full; NULL = not paid yet (nothing or only part received)';

INSERT INTO inv (inv_no, cust_id, inv_dt, due_dt, src_cd, job_id, amt, pd_dt)
WITH r AS (
    SELECT cust_id, (date_trunc('month', done_dt) + interval '1 month')::date AS inv_dt,
           'R' AS src_cd, NULL::integer AS job_id, sum(px_chg) AS amt
    FROM vst
    WHERE vst_st = 'D' AND done_dt < date '2026-11-01'
    GROUP BY cust_id, date_trunc('month', done_dt)
    UNION ALL
    SELECT cust_id, done_dt, 'J', job_id, qt_amt
    FROM job
    WHERE done_dt IS NOT NULL
), n AS (
    SELECT r.*, c.c_typ, row_number() OVER (ORDER BY inv_dt, src_cd, cust_id) + 10000 AS inv_no
    FROM r JOIN cust c USING (cust_id)
)
SELECT inv_no, cust_id, inv_dt,
       inv_dt + CASE WHEN c_typ = 'C' THEN 30 ELSE 14 END,
       src_cd, job_id, amt, NULL
FROM n;

-- ---------------------------------------------------------------- pmt (payments received)
CREATE TABLE pmt (
    pmt_id   integer PRIMARY KEY,
    inv_no   integer NOT NULL REFERENCES inv (inv_no),
    pmt_dt   date NOT NULL,
    amt      numeric(8,2) NOT NULL,
    pmt_mth  char(1) NOT NULL,
    taken_by smallint REFERENCES clnr (clnr_id)
);
COMMENT ON TABLE pmt IS 'Money received against invoices; an invoice can be paid in more than one go';
COMMENT ON COLUMN pmt.amt IS 'amount received, GBP';
COMMENT ON COLUMN pmt.pmt_mth IS 'C = cash, B = bank transfer, K = card';
COMMENT ON COLUMN pmt.taken_by IS 'cleaner who took the cash or card payment on the doorstep; NULL for bank transfers';

INSERT INTO pmt (pmt_id, inv_no, pmt_dt, amt, pmt_mth, taken_by)
WITH i AS (
    SELECT i.inv_no, i.cust_id, i.inv_dt, i.amt, c.pay_pref,
           (i.inv_no * 31) % 50 AS s,
           CASE c.pay_pref WHEN 'C' THEN 1 + i.inv_no % 4 WHEN 'K' THEN 2 + i.inv_no % 7 ELSE 6 + (i.inv_no * 7) % 20 END
             + CASE WHEN c.cust_id % 17 = 0 THEN 40 ELSE 0 END AS lag
    FROM inv i JOIN cust c USING (cust_id)
), parts AS (
    -- full payment in one go
    SELECT inv_no, pay_pref, inv_dt + lag AS pmt_dt, amt, 1 AS part
    FROM i WHERE s >= 5 AND s % 7 <> 0 AND inv_dt + lag <= date '2026-11-30'
    UNION ALL
    -- paid in two halves (second one may still be missing)
    SELECT inv_no, pay_pref, inv_dt + lag - 3, round(amt / 2, 2), 1
    FROM i WHERE s >= 5 AND s % 7 = 0 AND inv_dt + lag - 3 <= date '2026-11-30'
    UNION ALL
    SELECT inv_no, pay_pref, inv_dt + lag + 12, amt - round(amt / 2, 2), 2
    FROM i WHERE s >= 5 AND s % 7 = 0 AND inv_dt + lag + 12 <= date '2026-11-30'
    UNION ALL
    -- a part payment and nothing since
    SELECT inv_no, pay_pref, inv_dt + lag, round(amt * 0.4, 2), 1
    FROM i WHERE s IN (3, 4) AND inv_dt + lag <= date '2026-11-30'
    UNION ALL
    -- old invoices with s < 3 were paid late, recent ones never
    SELECT inv_no, pay_pref, inv_dt + lag + 60, amt, 1
    FROM i WHERE s < 3 AND inv_dt < date '2025-06-01'
), n AS (
    SELECT parts.*, row_number() OVER (ORDER BY pmt_dt, inv_no, part) AS pmt_id
    FROM parts
)
SELECT pmt_id, inv_no, pmt_dt, amt,
       CASE WHEN pmt_id % 9 = 0 THEN CASE WHEN pay_pref = 'K' THEN 'C' ELSE 'K' END ELSE pay_pref END AS mth,
       CASE WHEN (CASE WHEN pmt_id % 9 = 0 THEN CASE WHEN pay_pref = 'K' THEN 'C' ELSE 'K' END ELSE pay_pref END) = 'B' THEN NULL
            ELSE (ARRAY[1,2,3,5,6,8,1,2])[1 + pmt_id % 8] END
FROM n;

-- Paula (8) started on 2025-08-26: doorstep payments before that were taken by Wayne (4)
UPDATE pmt SET taken_by = 4 WHERE taken_by = 8 AND pmt_dt < date '2025-08-26';

UPDATE inv i SET pd_dt = p.last_dt
FROM (SELECT inv_no, sum(amt) AS paid, max(pmt_dt) AS last_dt FROM pmt GROUP BY inv_no) p
WHERE p.inv_no = i.inv_no AND p.paid >= i.amt;

-- ---------------------------------------------------------------- cmpl (complaints)
CREATE TABLE cmpl (
    cmp_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    vst_id   integer,
    rcvd_dt  date NOT NULL,
    cmp_cd   smallint NOT NULL,
    rcln_dt  date,
    rcln_by  smallint REFERENCES clnr (clnr_id),
    refund   numeric(6,2) NOT NULL DEFAULT 0,
    rslv_dt  date
);
COMMENT ON TABLE cmpl IS 'Customer complaints and what was done about them';
COMMENT ON COLUMN cmpl.vst_id IS 'the round visit complained about (vst.vst_id); not a foreign key';
COMMENT ON COLUMN cmpl.cmp_cd IS '1 = smears/streaks, 2 = windows missed, 3 = frames and sills not wiped, 4 = damage (plants, ladder marks), 5 = cleaner behaviour or other';
COMMENT ON COLUMN cmpl.rcln_dt IS 'date of the free re-clean; NULL = no re-clean done';
COMMENT ON COLUMN cmpl.rcln_by IS 'cleaner who did the re-clean';
COMMENT ON COLUMN cmpl.refund IS 'money refunded, GBP; 0 = none';
COMMENT ON COLUMN cmpl.rslv_dt IS 'date the complaint was closed; NULL = still open';

INSERT INTO cmpl (cmp_id, cust_id, vst_id, rcvd_dt, cmp_cd, rcln_dt, rcln_by, refund, rslv_dt)
WITH v AS (
    SELECT v.vst_id, v.cust_id, v.done_dt, v.clnr_id, v.px_chg
    FROM vst v
    WHERE v.vst_st = 'D'
      AND ((v.vst_id * 7) % 61 = 0
           OR (v.cust_id IN (17, 58, 101, 146, 203) AND v.vst_id % 4 = 1))
), n AS (
    SELECT v.*, (row_number() OVER (ORDER BY done_dt, vst_id))::int AS cmp_id,
           done_dt + 1 + vst_id % 3 AS rcvd_dt,
           1 + (vst_id * 3) % 5 AS cmp_cd
    FROM v
)
SELECT cmp_id, cust_id, vst_id, rcvd_dt, cmp_cd,
       CASE WHEN cmp_cd IN (1, 2, 3) AND cmp_id % 4 <> 0 AND rcvd_dt + 2 + cmp_id % 4 <= date '2026-11-30'
            THEN rcvd_dt + 2 + cmp_id % 4 END,
       CASE WHEN cmp_cd IN (1, 2, 3) AND cmp_id % 4 <> 0 AND rcvd_dt + 2 + cmp_id % 4 <= date '2026-11-30'
            THEN CASE WHEN cmp_id % 3 = 0 THEN 7 ELSE clnr_id END END,
       CASE WHEN cmp_cd = 4 THEN 25 + (cmp_id % 3) * 10 WHEN cmp_cd = 5 AND cmp_id % 2 = 0 THEN px_chg ELSE 0 END,
       CASE WHEN rcvd_dt > date '2026-11-12' OR cmp_id % 13 = 0 THEN NULL
            ELSE rcvd_dt + 6 + cmp_id % 9 END
FROM n;

ANALYZE;
