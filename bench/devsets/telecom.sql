-- Made-up schema: the billing system of a small mobile operator (MVNO): tariff plans,
-- subscriber accounts, lines (SIM cards / phone numbers), usage records (calls, texts, data
-- sessions), monthly bill statements, payments, support tickets and number port-in/port-out
-- requests. Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30. Timestamps are built in UTC. Re-runnable: children dropped first.

DROP TABLE IF EXISTS port_req;
DROP TABLE IF EXISTS tkt;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS bill_stmt;
DROP TABLE IF EXISTS cdr;
DROP TABLE IF EXISTS ln;
DROP TABLE IF EXISTS sub;
DROP TABLE IF EXISTS trf;

-- ---------------------------------------------------------------- trf (tariff plans)
CREATE TABLE trf (
    trf_id     smallint PRIMARY KEY,
    trf_nm     text NOT NULL,
    mo_fee     numeric(6,2) NOT NULL,
    dat_gb     numeric(5,1),
    voi_min    integer,
    sms_qty    integer,
    roam_incl  boolean NOT NULL DEFAULT false,
    sold_flg   boolean NOT NULL DEFAULT true,
    lnch_dt    date NOT NULL
);
COMMENT ON TABLE trf IS 'Tariff plans (price plans) a line can be on';
COMMENT ON COLUMN trf.mo_fee IS 'monthly recurring fee, GBP incl. VAT';
COMMENT ON COLUMN trf.dat_gb IS 'mobile data allowance per month in GB; NULL = unlimited';
COMMENT ON COLUMN trf.voi_min IS 'voice minutes included per month; NULL = unlimited, 0 = no voice';
COMMENT ON COLUMN trf.sms_qty IS 'SMS included per month; NULL = unlimited, 0 = no SMS';
COMMENT ON COLUMN trf.roam_incl IS 'true = EU roaming included in the allowance';
COMMENT ON COLUMN trf.sold_flg IS 'true = still sold to new customers; false = legacy plan, existing lines only';

INSERT INTO trf (trf_id, trf_nm, mo_fee, dat_gb, voi_min, sms_qty, roam_incl, sold_flg, lnch_dt) VALUES
    (1, 'Starter 2GB',     7.99,  2.0,  150,  100,  false, false, '2022-03-01'),
    (2, 'Basic 5GB',      12.00,  5.0,  300,  NULL, false, true,  '2022-03-01'),
    (3, 'Smart 15GB',     18.50, 15.0,  NULL, NULL, true,  true,  '2023-01-15'),
    (4, 'Max 50GB',       25.00, 50.0,  NULL, NULL, true,  true,  '2023-06-01'),
    (5, 'Unlimited',      35.00, NULL,  NULL, NULL, true,  true,  '2024-02-01'),
    (6, 'Data Only 10GB', 10.00, 10.0,  0,    0,    false, true,  '2023-09-01'),
    (7, 'Business Pro',   29.00, 30.0,  NULL, NULL, true,  true,  '2024-01-10'),
    (8, 'Senior Talk',     5.00,  0.5,  500,  200,  false, true,  '2024-05-01');

-- ---------------------------------------------------------------- sub (subscriber accounts = customers)
CREATE TABLE sub (
    sub_id    integer PRIMARY KEY,
    fst_nm    text NOT NULL,
    lst_nm    text NOT NULL,
    eml       text,
    acct_typ  char(1) NOT NULL,
    city      text,
    autopay   boolean NOT NULL DEFAULT false,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE sub IS 'Subscriber accounts (the paying customer; one account can hold several lines)';
COMMENT ON COLUMN sub.acct_typ IS 'I = individual (consumer), B = business';
COMMENT ON COLUMN sub.eml IS 'contact e-mail; NULL = none given';
COMMENT ON COLUMN sub.city IS 'billing city; NULL = unknown';
COMMENT ON COLUMN sub.autopay IS 'true = bills are collected by direct debit on the due date';
COMMENT ON COLUMN sub.crt_dt IS 'date the account was opened';

INSERT INTO sub (sub_id, fst_nm, lst_nm, eml, acct_typ, city, autopay, crt_dt)
SELECT g, fn, lnm,
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(fn || '.' || lnm || g || '@example.co.uk') END,
       CASE WHEN g % 5 = 0 AND g <= 600 THEN 'B' ELSE 'I' END,
       CASE WHEN g % 29 = 0 THEN NULL
            ELSE (ARRAY['London','Manchester','Birmingham','Leeds','Glasgow','Bristol','London','Liverpool','Cardiff','London'])[1 + (g * 7) % 10] END,
       CASE WHEN g % 5 = 0 AND g <= 600 THEN g % 2 = 0 ELSE g % 3 <> 2 END,
       CASE WHEN g <= 600 THEN date '2024-01-01' + (g * 53) % 640
            ELSE date '2025-11-15' + (g - 601) END            -- new accounts, no SIM activated yet
FROM (
    SELECT g,
           (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Jack','Mia','Noah','Sophie',
                  'Arjun','Zara','Mohammed','Chloe','Liam','Grace','Ethan','Freya','Oscar','Leah'])[1 + g % 20] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
                  'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Khan','Wood',
                  'Clarke','Jackson','Hughes'])[1 + (g * 7) % 23] AS lnm
    FROM generate_series(1, 615) AS g
) t;

-- ---------------------------------------------------------------- ln (lines: SIM card + phone number)
CREATE TABLE ln (
    ln_id     integer PRIMARY KEY,
    sub_id    integer NOT NULL REFERENCES sub (sub_id),
    msisdn    varchar(15) NOT NULL UNIQUE,
    iccid     varchar(20) NOT NULL,
    trf_id    smallint NOT NULL REFERENCES trf (trf_id),
    ln_stat   char(1) NOT NULL,
    is_esim   boolean NOT NULL DEFAULT false,
    actv_dt   date NOT NULL,
    term_dt   date,
    term_rsn  char(2)
);
COMMENT ON TABLE ln IS 'Mobile lines: one SIM card / phone number, owned by an account';
COMMENT ON COLUMN ln.msisdn IS 'phone number in international format without +';
COMMENT ON COLUMN ln.iccid IS 'SIM card serial number';
COMMENT ON COLUMN ln.ln_stat IS 'A = active, S = suspended (barred, still billed), T = terminated';
COMMENT ON COLUMN ln.is_esim IS 'true = eSIM, false = physical SIM card';
COMMENT ON COLUMN ln.actv_dt IS 'date the line was activated';
COMMENT ON COLUMN ln.term_dt IS 'date the line was terminated; NULL = not terminated (active or suspended)';
COMMENT ON COLUMN ln.term_rsn IS 'PO = number ported out to another operator, NP = cut off for non-payment, CR = cancelled at customer request; NULL unless terminated';

INSERT INTO ln (ln_id, sub_id, msisdn, iccid, trf_id, ln_stat, is_esim, actv_dt, term_dt, term_rsn)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 600 THEN g ELSE 5 * (1 + (g - 601) % 120) END AS sub_id
    FROM generate_series(1, 900) AS g
), a AS (
    SELECT b.g, b.sub_id,
           CASE WHEN b.g <= 600 THEN s.crt_dt + b.g % 3
                ELSE least(s.crt_dt + 20 + (b.g * 11) % 200, date '2025-11-30') END AS actv_dt
    FROM b JOIN sub s ON s.sub_id = b.sub_id
), st AS (
    SELECT a.*,
           CASE WHEN g % 9 = 0 AND actv_dt < date '2025-11-01' THEN 'T'
                WHEN g % 13 = 0 THEN 'S'
                ELSE 'A' END AS ln_stat
    FROM a
)
SELECT g, sub_id,
       '447700' || lpad(((g * 7919) % 1000000)::text, 6, '0'),
       '894410' || lpad((g * 31)::text, 13, '0'),
       CASE WHEN g <= 600 THEN 1 + (g * 5) % 8
            ELSE (ARRAY[7, 4, 6])[1 + g % 3] END,
       ln_stat,
       g % 4 = 0,
       actv_dt,
       CASE WHEN ln_stat = 'T' THEN least(actv_dt + 45 + (g * 13) % 400, date '2025-11-30') END,
       CASE WHEN ln_stat = 'T' THEN (ARRAY['NP','CR','PO','PO'])[1 + (g / 9) % 4] END
FROM st;

-- ---------------------------------------------------------------- cdr (usage records: calls, texts, data sessions)
CREATE TABLE cdr (
    cdr_id    bigint PRIMARY KEY,
    ln_id     integer NOT NULL,
    evt_typ   char(1) NOT NULL,
    evt_ts    timestamptz NOT NULL,
    dir       char(1),
    dur_sec   integer,
    mb_used   numeric(10,3),
    roam_flg  boolean NOT NULL DEFAULT false,
    roam_cc   char(2),
    chrg_amt  numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE cdr IS 'Usage records (call detail records) from the network, one per call, SMS or data session';
COMMENT ON COLUMN cdr.ln_id IS 'line (ln.ln_id) that generated the record';
COMMENT ON COLUMN cdr.evt_typ IS 'V = voice call, S = SMS, D = data session';
COMMENT ON COLUMN cdr.evt_ts IS 'start of the call / session, or time the SMS was sent or received';
COMMENT ON COLUMN cdr.dir IS 'O = outgoing (made / sent by our customer), I = incoming; NULL for data sessions';
COMMENT ON COLUMN cdr.dur_sec IS 'length of the call or data session in seconds; 0 = call not answered; NULL for SMS';
COMMENT ON COLUMN cdr.mb_used IS 'megabytes transferred (data sessions only; NULL for calls and SMS)';
COMMENT ON COLUMN cdr.roam_flg IS 'true = made while roaming abroad';
COMMENT ON COLUMN cdr.roam_cc IS 'ISO country code of the visited network; NULL when not roaming';
COMMENT ON COLUMN cdr.chrg_amt IS 'out-of-bundle charge for this record, GBP; 0 = covered by the plan';

INSERT INTO cdr (cdr_id, ln_id, evt_typ, evt_ts, dir, dur_sec, mb_used, roam_flg, roam_cc, chrg_amt)
WITH b AS (
    SELECT g, g / 900 AS k, 1 + (g * 7) % 900 AS lid, g + 7 * (g / 900) AS m
    FROM generate_series(1, 11000) AS g
), l AS (
    SELECT b.*, ln.trf_id,
           (ln.actv_dt::timestamp AT TIME ZONE 'UTC')
             + (((g::bigint * 7919) % ((coalesce(ln.term_dt, date '2025-11-30') - ln.actv_dt + 1) * 1440)) * interval '1 minute')
             + (g % 60) * interval '1 second' AS evt_ts,
           CASE WHEN ln.trf_id = 6 THEN 'D'
                WHEN (g * 3 + k) % 10 < 5 THEN 'V'
                WHEN (g * 3 + k) % 10 < 8 THEN 'S'
                ELSE 'D' END AS evt_typ,
           (lid % 11 = 0 AND m % 3 = 0) OR m % 53 = 0 AS roam
    FROM b JOIN ln ON ln.ln_id = b.lid
    WHERE b.lid % 43 <> 0                       -- some lines never generated any traffic
), r AS (
    SELECT l.*,
           CASE WHEN evt_typ = 'D' THEN NULL WHEN (m * 3) % 5 < 3 THEN 'O' ELSE 'I' END AS dir,
           CASE evt_typ WHEN 'V' THEN CASE WHEN m % 17 = 0 THEN 0 ELSE 4 + (g * 37) % 1500 END
                        WHEN 'D' THEN 30 + (g * 53) % 3600 END AS dur_sec,
           CASE WHEN evt_typ = 'D' THEN CASE WHEN m % 31 = 0 THEN 0 ELSE round(((g * 97) % 9000) / 10.0 + 0.125, 3) END END AS mb,
           CASE WHEN roam THEN (ARRAY['ES','FR','IT','US','TR','DE','GR'])[1 + g % 7] END AS cc
    FROM l
)
SELECT g, lid, evt_typ, evt_ts, dir, dur_sec, mb, roam, cc,
       CASE WHEN roam THEN
                (CASE WHEN cc IN ('US','TR') THEN 3 ELSE 1 END) *
                CASE evt_typ WHEN 'V' THEN round(dur_sec / 60.0 * (CASE dir WHEN 'O' THEN 0.35 ELSE 0.10 END), 2)
                             WHEN 'S' THEN CASE dir WHEN 'O' THEN 0.25 ELSE 0 END
                             ELSE round(mb * 0.02, 2) END
            WHEN evt_typ = 'V' AND dir = 'O' AND m % 41 = 0 THEN round(dur_sec / 60.0 * 0.55, 2)   -- premium-rate numbers
            ELSE 0 END
FROM r;

-- records exactly on period boundaries
INSERT INTO cdr (cdr_id, ln_id, evt_typ, evt_ts, dir, dur_sec, mb_used, roam_flg, roam_cc, chrg_amt) VALUES
    (900001, 3, 'S', '2025-06-30 23:59:59+00', 'O', NULL, NULL,    false, NULL, 0),
    (900002, 3, 'S', '2025-07-01 00:00:00+00', 'O', NULL, NULL,    false, NULL, 0),
    (900003, 2, 'S', '2025-01-01 00:00:00+00', 'O', NULL, NULL,    false, NULL, 0),
    (900004, 2, 'S', '2024-12-31 23:59:59+00', 'O', NULL, NULL,    false, NULL, 0),
    (900005, 4, 'V', '2025-01-01 00:00:00+00', 'O', 600,  NULL,    false, NULL, 0),
    (900006, 4, 'V', '2024-12-31 23:59:00+00', 'O', 300,  NULL,    false, NULL, 0),
    (900007, 10, 'D', '2025-11-01 00:00:00+00', NULL, 1800, 420.500, false, NULL, 0),
    (900008, 10, 'D', '2025-10-31 23:59:59+00', NULL, 1800, 880.000, false, NULL, 0),
    (900009, 3, 'V', '2025-03-01 00:00:00+00', 'O', 0,    NULL,    false, NULL, 0);

-- ---------------------------------------------------------------- bill_stmt (monthly bills / invoices)
CREATE TABLE bill_stmt (
    bill_id    integer PRIMARY KEY,
    sub_id     integer NOT NULL REFERENCES sub (sub_id),
    bill_prd   date NOT NULL,
    iss_dt     date NOT NULL,
    due_dt     date NOT NULL,
    amt_due    numeric(10,2) NOT NULL,
    bill_stat  char(1) NOT NULL
);
COMMENT ON TABLE bill_stmt IS 'Monthly bill statements (invoices), one per account and billing month';
COMMENT ON COLUMN bill_stmt.bill_prd IS 'billing month, stored as its first day';
COMMENT ON COLUMN bill_stmt.iss_dt IS 'date the bill was issued (last day of the billing month)';
COMMENT ON COLUMN bill_stmt.due_dt IS 'payment due date';
COMMENT ON COLUMN bill_stmt.amt_due IS 'total invoiced amount, GBP incl. VAT (plan fees + out-of-bundle charges); 0 = fully credited';
COMMENT ON COLUMN bill_stmt.bill_stat IS 'as of the data cut-off: P = paid in full, O = open (not yet due), D = overdue (past due date, not paid in full)';

INSERT INTO bill_stmt (bill_id, sub_id, bill_prd, iss_dt, due_dt, amt_due, bill_stat)
WITH span AS (
    SELECT sub_id,
           date_trunc('month', min(actv_dt))::date AS first_m,
           date_trunc('month', least(max(coalesce(term_dt, date '2025-11-30')), date '2025-11-30'))::date AS last_m
    FROM ln GROUP BY sub_id
), sm AS (
    SELECT s.sub_id, m::date AS bill_prd
    FROM span s CROSS JOIN LATERAL generate_series(s.first_m, s.last_m, interval '1 month') AS m
), fees AS (
    SELECT sm.sub_id, sm.bill_prd, sum(t.mo_fee) AS fees
    FROM sm
    JOIN ln l ON l.sub_id = sm.sub_id
             AND l.actv_dt < (sm.bill_prd + interval '1 month')::date
             AND (l.term_dt IS NULL OR l.term_dt >= sm.bill_prd)
    JOIN trf t ON t.trf_id = l.trf_id
    GROUP BY sm.sub_id, sm.bill_prd
), usage AS (
    SELECT l.sub_id, date_trunc('month', c.evt_ts AT TIME ZONE 'UTC')::date AS bill_prd, sum(c.chrg_amt) AS chg
    FROM cdr c JOIN ln l ON l.ln_id = c.ln_id
    GROUP BY 1, 2
), n AS (
    SELECT f.sub_id, f.bill_prd, f.fees + coalesce(u.chg, 0) AS amt,
           row_number() OVER (ORDER BY f.bill_prd, f.sub_id) AS rn
    FROM fees f LEFT JOIN usage u ON u.sub_id = f.sub_id AND u.bill_prd = f.bill_prd
)
SELECT rn, sub_id, bill_prd,
       (bill_prd + interval '1 month' - interval '1 day')::date,
       (bill_prd + interval '1 month' - interval '1 day')::date + 14,
       CASE WHEN rn % 67 = 0 THEN 0 ELSE amt END,
       '?'
FROM n;

-- ---------------------------------------------------------------- pmt (payments received against bills)
CREATE TABLE pmt (
    pmt_id    integer PRIMARY KEY,
    bill_id   integer NOT NULL REFERENCES bill_stmt (bill_id),
    pmt_dt    date NOT NULL,
    pmt_amt   numeric(10,2) NOT NULL,
    pmt_mthd  char(2) NOT NULL
);
COMMENT ON TABLE pmt IS 'Payments received; a bill can be paid in several instalments';
COMMENT ON COLUMN pmt.pmt_mthd IS 'DD = direct debit (autopay), CC = debit/credit card, BT = bank transfer, CA = cash in a partner shop';

INSERT INTO pmt (pmt_id, bill_id, pmt_dt, pmt_amt, pmt_mthd)
WITH b AS (
    SELECT b.*, s.autopay, (b.bill_id * 7 + b.sub_id) % 20 AS sc
    FROM bill_stmt b JOIN sub s ON s.sub_id = b.sub_id
    WHERE b.amt_due > 0
), p AS (
    -- autopay: collected on the due date, unless the direct debit bounced
    SELECT bill_id, due_dt AS pmt_dt, amt_due AS amt, 'DD' AS mthd, 1 AS part
    FROM b WHERE autopay AND bill_id % 41 <> 0
    UNION ALL
    -- manual payers
    SELECT bill_id,
           CASE WHEN sc = 2 THEN iss_dt + 5
                WHEN sc = 3 THEN due_dt + 5 + bill_id % 30
                WHEN sc = 4 THEN iss_dt + 3
                ELSE iss_dt + bill_id % 14 END,
           CASE WHEN sc IN (2, 4) THEN round(amt_due / 2, 2) ELSE amt_due END,
           CASE WHEN sc = 3 THEN 'BT' WHEN sc IN (2, 4) THEN 'CC'
                ELSE (ARRAY['CC','BT','CA','CC'])[1 + (sub_id + bill_id) % 4] END,
           1
    FROM b WHERE NOT autopay AND sc NOT IN (0, 1)
    UNION ALL
    SELECT bill_id, due_dt, amt_due - round(amt_due / 2, 2), 'CC', 2     -- second instalment
    FROM b WHERE NOT autopay AND sc = 4
)
SELECT row_number() OVER (ORDER BY pmt_dt, bill_id, part), bill_id, pmt_dt, amt, mthd
FROM p
WHERE pmt_dt <= date '2025-11-30';

UPDATE bill_stmt b
SET bill_stat = CASE WHEN (SELECT coalesce(sum(p.pmt_amt), 0) FROM pmt p WHERE p.bill_id = b.bill_id) >= b.amt_due THEN 'P'
                     WHEN b.due_dt > date '2025-11-30' THEN 'O'
                     ELSE 'D' END;

-- ---------------------------------------------------------------- tkt (customer support tickets)
CREATE TABLE tkt (
    tkt_id   integer PRIMARY KEY,
    sub_id   integer NOT NULL REFERENCES sub (sub_id),
    ln_id    integer REFERENCES ln (ln_id),
    opn_ts   timestamptz NOT NULL,
    cls_ts   timestamptz,
    cat_cd   char(3) NOT NULL,
    prio     smallint NOT NULL,
    chnl     char(1) NOT NULL,
    csat     smallint
);
COMMENT ON TABLE tkt IS 'Customer care tickets';
COMMENT ON COLUMN tkt.ln_id IS 'line the ticket is about; NULL = about the account as a whole';
COMMENT ON COLUMN tkt.cls_ts IS 'when the ticket was resolved and closed; NULL = still open';
COMMENT ON COLUMN tkt.cat_cd IS 'BIL = billing / charges, NET = network / coverage, DEV = device or SIM, PRT = number porting, OTH = other';
COMMENT ON COLUMN tkt.prio IS '1 = urgent, 2 = normal, 3 = low';
COMMENT ON COLUMN tkt.chnl IS 'P = phone, C = web chat, E = e-mail, S = shop visit';
COMMENT ON COLUMN tkt.csat IS 'satisfaction survey score 1 (bad) to 5 (good); NULL = no answer';

INSERT INTO tkt (tkt_id, sub_id, ln_id, opn_ts, cls_ts, cat_cd, prio, chnl, csat)
WITH b AS (
    SELECT g,
           CASE WHEN g % 7 = 0 THEN 1 + (g * 3) % 40 ELSE 1 + (g * 31) % 615 END AS sid,
           CASE WHEN g % 6 = 0 THEN 1 WHEN g % 3 = 0 THEN 3 ELSE 2 END AS prio
    FROM generate_series(1, 1400) AS g
), o AS (
    SELECT b.*, s.crt_dt,
           (s.crt_dt::timestamp AT TIME ZONE 'UTC')
             + (((g::bigint * 7919) % ((date '2025-11-30' - s.crt_dt + 1) * 1440)) * interval '1 minute') AS opn_ts
    FROM b JOIN sub s ON s.sub_id = b.sid
), c AS (
    SELECT o.*,
           CASE WHEN g % 37 = 0 OR opn_ts >= timestamptz '2025-11-15 00:00:00+00' THEN NULL
                ELSE opn_ts + (CASE prio WHEN 1 THEN 1 + (g * 7) % 24
                                         WHEN 2 THEN 4 + (g * 11) % 96
                                         ELSE 12 + (g * 13) % 240 END) * interval '1 hour'
                            + ((g * 17) % 60) * interval '1 minute' END AS c_ts
    FROM o
)
SELECT g, sid,
       CASE WHEN g % 4 = 0 OR sid > 600 THEN NULL ELSE sid END,
       opn_ts,
       CASE WHEN c_ts < timestamptz '2025-12-01 00:00:00+00' THEN c_ts END,
       (ARRAY['BIL','NET','DEV','PRT','OTH','BIL','NET'])[1 + (g * 3) % 7],
       prio,
       (ARRAY['P','C','E','S','P'])[1 + (g / 2) % 5],
       CASE WHEN c_ts < timestamptz '2025-12-01 00:00:00+00' AND g % 3 <> 1 THEN 1 + (g * 7) % 5 END
FROM c;

-- ---------------------------------------------------------------- port_req (number portability requests)
CREATE TABLE port_req (
    port_id    integer PRIMARY KEY,
    ln_id      integer NOT NULL REFERENCES ln (ln_id),
    msisdn     varchar(15) NOT NULL,
    port_dir   char(1) NOT NULL,
    oth_op     text NOT NULL,
    req_dt     date NOT NULL,
    cmpl_dt    date,
    port_stat  char(1) NOT NULL
);
COMMENT ON TABLE port_req IS 'Mobile number portability requests';
COMMENT ON COLUMN port_req.port_dir IS 'I = port-in (customer brings the number from another operator), O = port-out (customer takes the number to another operator)';
COMMENT ON COLUMN port_req.oth_op IS 'the other operator: donor for a port-in, recipient for a port-out';
COMMENT ON COLUMN port_req.cmpl_dt IS 'date the number was moved; NULL unless completed';
COMMENT ON COLUMN port_req.port_stat IS 'C = completed, P = pending, R = rejected';

INSERT INTO port_req (port_id, ln_id, msisdn, port_dir, oth_op, req_dt, cmpl_dt, port_stat)
WITH r AS (
    -- port-ins at activation
    SELECT ln_id, msisdn, 'I' AS dir,
           (ARRAY['EE','Vodafone','O2','Three','Sky Mobile','giffgaff'])[1 + (ln_id / 6) % 6] AS op,
           actv_dt - (2 + ln_id % 4) AS req_dt,
           CASE WHEN ln_id % 48 = 25 THEN NULL ELSE actv_dt END AS cmpl_dt,
           CASE WHEN ln_id % 48 = 25 THEN 'R' ELSE 'C' END AS st
    FROM ln WHERE ln_id % 6 = 1
    UNION ALL
    -- completed port-outs (the line was terminated on the porting day)
    SELECT ln_id, msisdn, 'O',
           (ARRAY['EE','Vodafone','EE','O2','Three','giffgaff','EE','Vodafone','Sky Mobile'])[1 + (ln_id / 9) % 9],
           term_dt - (1 + ln_id % 5), term_dt, 'C'
    FROM ln WHERE term_rsn = 'PO'
    UNION ALL
    -- rejected port-outs (customer stayed)
    SELECT ln_id, msisdn, 'O',
           (ARRAY['Vodafone','O2','Three','EE'])[1 + ln_id % 4],
           least(actv_dt + 30 + (ln_id * 17) % 300, date '2025-11-28'), NULL, 'R'
    FROM ln WHERE ln_stat = 'A' AND ln_id % 50 = 7 AND actv_dt < date '2025-10-01'
    UNION ALL
    -- port-outs still in progress at the cut-off
    SELECT ln_id, msisdn, 'O',
           (ARRAY['O2','Three','giffgaff'])[1 + ln_id % 3],
           date '2025-11-25' + ln_id % 5, NULL, 'P'
    FROM ln WHERE ln_stat = 'A' AND ln_id % 70 = 3 AND actv_dt < date '2025-11-01'
)
SELECT row_number() OVER (ORDER BY req_dt, ln_id, dir), ln_id, msisdn, dir, op, req_dt, cmpl_dt, st
FROM r;
