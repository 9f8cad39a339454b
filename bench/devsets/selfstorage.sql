-- Made-up schema: a small self-storage operator with two sites (facilities, storage units, customers,
-- rental agreements, monthly rent invoices, payments, gate keypad log, counter shop sales, unit work
-- orders such as move-out cleaning and lock cuts). Data are deterministic (generate_series and modulo
-- arithmetic, no random()); data cut-off is 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS unit_wo;
DROP TABLE IF EXISTS shop_sale;
DROP TABLE IF EXISTS gate_evt;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS rnt_agr;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS stor_unit;
DROP TABLE IF EXISTS fac;

-- ---------------------------------------------------------------- fac (sites)
CREATE TABLE fac (
    fac_id     smallint PRIMARY KEY,
    fac_nm     text NOT NULL,
    addr       text NOT NULL,
    city       text NOT NULL,
    st         char(2) NOT NULL,
    open_dt    date NOT NULL,
    gate_open  time NOT NULL,
    gate_close time NOT NULL,
    kiosk      boolean NOT NULL
);
COMMENT ON TABLE fac IS 'Storage sites (facilities)';
COMMENT ON COLUMN fac.st IS 'state, two-letter postal code';
COMMENT ON COLUMN fac.gate_open IS 'time the gate keypad starts letting tenants in';
COMMENT ON COLUMN fac.gate_close IS 'time the gate keypad stops letting tenants in';
COMMENT ON COLUMN fac.kiosk IS 'site has a self-service rental kiosk';

INSERT INTO fac VALUES
    (1, 'Northgate Storage',      '4410 N Division St',    'Spokane',       'WA', '2016-04-01', '06:00', '22:00', true),
    (2, 'Riverbend Self Storage', '1875 W Riverstone Dr',  'Coeur d''Alene', 'ID', '2021-09-15', '06:00', '21:00', false);

-- ---------------------------------------------------------------- stor_unit (storage units)
CREATE TABLE stor_unit (
    unit_id   integer PRIMARY KEY,
    fac_id    smallint NOT NULL REFERENCES fac (fac_id),
    unit_no   varchar(5) NOT NULL,
    sz_cd     char(2) NOT NULL,
    sq_ft     smallint NOT NULL,
    clim_ctl  boolean NOT NULL,
    drv_up    boolean NOT NULL,
    flr       smallint NOT NULL,
    list_rt   numeric(7,2) NOT NULL,
    unit_stat char(1) NOT NULL
);
COMMENT ON TABLE stor_unit IS 'Rentable storage units and parking spaces';
COMMENT ON COLUMN stor_unit.unit_no IS 'door number painted on the unit';
COMMENT ON COLUMN stor_unit.sz_cd IS 'XS = 5x5, SM = 5x10, MD = 10x10, LG = 10x20, XL = 10x30, PK = outdoor vehicle / RV parking space';
COMMENT ON COLUMN stor_unit.sq_ft IS 'floor area in square feet';
COMMENT ON COLUMN stor_unit.clim_ctl IS 'climate controlled (heated and cooled)';
COMMENT ON COLUMN stor_unit.drv_up IS 'drive-up access (roll-up door facing the driveway)';
COMMENT ON COLUMN stor_unit.flr IS 'floor: 1 = ground, 2 = upstairs';
COMMENT ON COLUMN stor_unit.list_rt IS 'current street rate per month, USD';
COMMENT ON COLUMN stor_unit.unit_stat IS 'A = available to rent, R = rented, L = overlocked (tenant locked out for non-payment), M = unrentable / under maintenance';

INSERT INTO stor_unit (unit_id, fac_id, unit_no, sz_cd, sq_ft, clim_ctl, drv_up, flr, list_rt, unit_stat)
WITH b AS (
    SELECT u,
           CASE WHEN u <= 90 THEN 1 ELSE 2 END AS fac,
           CASE WHEN u <= 90 THEN u ELSE u - 90 END AS loc,
           CASE WHEN u >= 145 THEN 'PK'
                ELSE (ARRAY['XS','XS','SM','SM','SM','MD','MD','MD','LG','XL'])[1 + (u * 7) % 10] END AS sz
    FROM generate_series(1, 150) AS u
), c AS (
    SELECT b.*, sz <> 'PK' AND ((fac = 1 AND u % 3 = 0) OR (fac = 2 AND u % 4 = 1)) AS clim
    FROM b
)
SELECT u, fac,
       CASE WHEN sz = 'PK' THEN 'P' || lpad((u - 144)::text, 2, '0')
            ELSE chr(65 + (loc - 1) / 30) || lpad(((loc - 1) % 30 + 1)::text, 2, '0') END,
       sz,
       CASE sz WHEN 'XS' THEN 25 WHEN 'SM' THEN 50 WHEN 'MD' THEN 100 WHEN 'LG' THEN 200 WHEN 'XL' THEN 300 ELSE 250 END,
       clim,
       NOT clim AND sz IN ('MD', 'LG', 'XL', 'PK'),
       CASE WHEN clim AND fac = 1 AND u % 2 = 0 THEN 2 ELSE 1 END,
       round(CASE sz WHEN 'XS' THEN 45 WHEN 'SM' THEN 69 WHEN 'MD' THEN 119 WHEN 'LG' THEN 189 WHEN 'XL' THEN 249 ELSE 85 END
             * CASE WHEN clim THEN 1.25 ELSE 1 END
             * CASE WHEN fac = 2 THEN 0.9 ELSE 1 END
             * CASE WHEN clim AND fac = 1 AND u % 2 = 0 THEN 0.95 ELSE 1 END),
       'A'                                                   -- set below from the agreements
FROM c;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id  integer PRIMARY KEY,
    cust_typ char(1) NOT NULL,
    fst_nm   text NOT NULL,
    lst_nm   text NOT NULL,
    biz_nm   text,
    email    text,
    phn      varchar(14),
    mil_flg  boolean NOT NULL DEFAULT false,
    sms_ok   boolean NOT NULL DEFAULT true,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers: tenants past and present, and prospects who reserved online but never moved in';
COMMENT ON COLUMN cust.cust_typ IS 'P = personal, B = business';
COMMENT ON COLUMN cust.fst_nm IS 'first name (business customers: the contact person)';
COMMENT ON COLUMN cust.biz_nm IS 'company name; NULL for personal customers';
COMMENT ON COLUMN cust.email IS 'NULL = no email on file';
COMMENT ON COLUMN cust.mil_flg IS 'active-duty military (gets the military discount)';
COMMENT ON COLUMN cust.sms_ok IS 'agreed to text-message reminders';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer record was created';

INSERT INTO cust (cust_id, cust_typ, fst_nm, lst_nm, biz_nm, email, phn, mil_flg, sms_ok, crt_dt)
SELECT g, typ, fn, ln,
       CASE WHEN typ = 'B' THEN (ARRAY['Inland Roofing LLC','Lilac City Events','Palouse Flooring','North Idaho Staging',
                                      'Spokane Valley Dental','Kootenai Landscaping','Red Door Realty','Hillyard Antiques',
                                      'Perry St Bakery','Gonzaga Moving Co','Lake City Marine','Evergreen Pharma Reps'])[1 + (g * 5) % 12] END,
       CASE WHEN g % 11 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@example.com') END,
       CASE WHEN g <= 300 THEN '509-555-' ELSE '208-555-' END || lpad(((g * 173) % 10000)::text, 4, '0'),
       typ = 'P' AND g % 17 = 0,
       g % 6 <> 0,
       date '2024-01-01' + (g * 5) % 1000                     -- tenants: reset below from their first move-in
FROM (
    SELECT g,
           CASE WHEN g % 9 = 0 OR g % 13 = 0 THEN 'B' ELSE 'P' END AS typ,
           (ARRAY['Olivia','Liam','Emma','Noah','Ava','Mateo','Sofia','Ethan','Mia','Lucas',
                  'Chloe','Daniel','Priya','Wei','Fatima','Jonas','Aisha','Diego','Hannah','Kenji'])[1 + g % 20] AS fn,
           (ARRAY['Nguyen','Smith','Garcia','Johnson','Kim','Patel','Brown','Lopez','Miller','Chen',
                  'Davis','Wilson','Martinez','Anderson','Taylor','Thomas','Moore','Jackson','Lee','Harris',
                  'Clark','Lewis','Walker'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 430) AS g
) t;

-- ---------------------------------------------------------------- rnt_agr (rental agreements)
CREATE TABLE rnt_agr (
    agr_id   integer PRIMARY KEY,
    unit_id  integer NOT NULL REFERENCES stor_unit (unit_id),
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    mi_dt    date NOT NULL,
    mo_dt    date,
    rt       numeric(7,2) NOT NULL,
    adm_fee  numeric(5,2) NOT NULL,
    ins_cov  smallint NOT NULL,
    autopay  boolean NOT NULL,
    dlq_stg  smallint NOT NULL DEFAULT 0,
    mo_rsn   char(1)
);
COMMENT ON TABLE rnt_agr IS 'Rental agreements: one tenant in one unit from move-in to move-out';
COMMENT ON COLUMN rnt_agr.mi_dt IS 'move-in date';
COMMENT ON COLUMN rnt_agr.mo_dt IS 'move-out date; NULL = tenant still renting the unit';
COMMENT ON COLUMN rnt_agr.rt IS 'agreed monthly rent, USD';
COMMENT ON COLUMN rnt_agr.adm_fee IS 'one-off admin fee taken at move-in, USD';
COMMENT ON COLUMN rnt_agr.ins_cov IS 'protection plan coverage in USD: 2000 or 5000; 0 = tenant declined the plan (own insurance)';
COMMENT ON COLUMN rnt_agr.autopay IS 'rent is debited automatically from the tenant''s bank account';
COMMENT ON COLUMN rnt_agr.dlq_stg IS 'collections stage of a running agreement: 0 = current, 1 = past due (up to 30 days), 2 = overlocked (31-60 days), 3 = pre-lien, auction notice sent (over 60 days); always 0 once moved out';
COMMENT ON COLUMN rnt_agr.mo_rsn IS 'move-out reason: V = tenant vacated, T = transferred to another unit, E = evicted for non-payment (lien sale); NULL while still renting';

INSERT INTO rnt_agr (agr_id, unit_id, cust_id, mi_dt, mo_dt, rt, adm_fee, ins_cov, autopay, dlq_stg, mo_rsn)
WITH s AS (
    SELECT u.unit_id, u.list_rt, k,
           3 + (u.unit_id * 7 + k * 5) % 22 AS len_mo,
           10 + (u.unit_id * 11 + k * 13) % 110 AS gap_d
    FROM stor_unit u CROSS JOIN generate_series(0, 9) AS k
    WHERE u.unit_id % 23 <> 0                              -- a few units were never rented
), c AS (
    SELECT s.*,
           (date '2022-06-01' + (unit_id * 53) % 540
            + coalesce(sum(make_interval(months => len_mo, days => gap_d)) OVER w, interval '0 days'))::date AS mi_dt
    FROM s
    WINDOW w AS (PARTITION BY unit_id ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
), e AS (
    SELECT c.*, (mi_dt + make_interval(months => len_mo))::date - (unit_id + k) % 9 AS end_dt
    FROM c
    WHERE mi_dt <= date '2026-11-30'
), n AS (
    SELECT e.*, row_number() OVER (ORDER BY mi_dt, unit_id) AS rn FROM e
)
SELECT rn, unit_id, 1 + (rn * 37) % 400, mi_dt,
       CASE WHEN end_dt <= date '2026-11-30' THEN end_dt END,
       round(list_rt * CASE extract(year FROM mi_dt)::int WHEN 2022 THEN 0.80 WHEN 2023 THEN 0.86 WHEN 2024 THEN 0.92
                                                          WHEN 2025 THEN 0.97 ELSE 1.0 END)
         - CASE WHEN rn % 5 = 0 THEN 10 ELSE 0 END,
       CASE WHEN rn % 3 = 0 THEN 0 ELSE 25 END,
       CASE rn % 5 WHEN 1 THEN 2000 WHEN 2 THEN 5000 WHEN 3 THEN 2000 ELSE 0 END,
       rn % 3 = 1,
       0,
       CASE WHEN end_dt > date '2026-11-30' THEN NULL
            WHEN rn % 13 = 0 THEN 'E'
            WHEN (unit_id + k) % 17 = 0 THEN 'T'
            ELSE 'V' END
FROM n;

-- ---------------------------------------------------------------- inv (monthly rent invoices)
CREATE TABLE inv (
    inv_id  integer PRIMARY KEY,
    agr_id  integer NOT NULL REFERENCES rnt_agr (agr_id),
    bill_mo date NOT NULL,
    due_dt  date NOT NULL,
    amt     numeric(8,2) NOT NULL,
    lf_amt  numeric(7,2) NOT NULL DEFAULT 0,
    pd_dt   date
);
COMMENT ON TABLE inv IS 'Monthly rent invoices, one per agreement and month (kept in this system since January 2024)';
COMMENT ON COLUMN inv.bill_mo IS 'month billed (first day of the month)';
COMMENT ON COLUMN inv.due_dt IS 'due date: the 1st of the month, or the move-in date for the first (prorated) month';
COMMENT ON COLUMN inv.amt IS 'rent billed, USD, late fee not included';
COMMENT ON COLUMN inv.lf_amt IS 'late fee added, USD; 0 = no late fee. Charged when not paid in full 10 days after the due date: 10% of the rent, at least 20 USD';
COMMENT ON COLUMN inv.pd_dt IS 'date the invoice was paid in full; NULL = not paid yet (part payments may exist)';

INSERT INTO inv (inv_id, agr_id, bill_mo, due_dt, amt, lf_amt, pd_dt)
WITH m AS (
    SELECT a.agr_id, a.mi_dt, a.mo_dt, a.rt, a.autopay, a.mo_rsn, gs::date AS bill_mo
    FROM rnt_agr a
    CROSS JOIN LATERAL generate_series(greatest(date_trunc('month', a.mi_dt)::date, date '2024-01-01'),
                                       least(coalesce(a.mo_dt, date '2026-11-30'), date '2026-11-30'),
                                       interval '1 month') AS gs
), n AS (
    SELECT m.*,
           row_number() OVER (PARTITION BY agr_id ORDER BY bill_mo) AS k,
           count(*) OVER (PARTITION BY agr_id) AS nk,
           row_number() OVER (ORDER BY bill_mo, agr_id) AS id,
           greatest(bill_mo, mi_dt) AS due_dt,
           (bill_mo + interval '1 month')::date - bill_mo AS dim
    FROM m
), p AS (
    SELECT n.*,
           CASE WHEN mi_dt > bill_mo THEN round(rt * ((bill_mo + interval '1 month')::date - mi_dt) / dim, 2) ELSE rt END AS amount,
           CASE WHEN (mo_rsn = 'E' AND k > nk - 3)
                  OR (mo_dt IS NULL AND agr_id % 6 = 0 AND k > nk - (1 + (agr_id / 6) % 4)) THEN NULL
                ELSE due_dt + CASE WHEN mi_dt >= bill_mo THEN 0                      -- first month paid at move-in
                                   WHEN autopay THEN CASE WHEN id % 41 = 0 THEN 12 ELSE 0 END
                                   WHEN (agr_id * 3 + k * 7) % 10 = 0 THEN 11 + (agr_id + k) % 25
                                   ELSE (agr_id + k * 3) % 12 - 4 END::int END AS pay_dt
    FROM n
), q AS (
    SELECT p.*, CASE WHEN pay_dt <= date '2026-11-30' THEN pay_dt END AS pd FROM p
)
SELECT id, agr_id, bill_mo, due_dt, amount,
       CASE WHEN coalesce(pd, date '2026-11-30') > due_dt + 10 THEN greatest(20, round(0.1 * amount, 2)) ELSE 0 END,
       pd
FROM q;

-- collections stage of running agreements, from the oldest unpaid invoice as of the cut-off
UPDATE rnt_agr a
SET dlq_stg = CASE WHEN o.d IS NULL THEN 0
                   WHEN date '2026-11-30' - o.d > 60 THEN 3
                   WHEN date '2026-11-30' - o.d > 30 THEN 2
                   ELSE 1 END
FROM (SELECT agr_id, min(due_dt) AS d FROM inv WHERE pd_dt IS NULL GROUP BY agr_id) o
WHERE o.agr_id = a.agr_id AND a.mo_dt IS NULL;

UPDATE stor_unit u
SET unit_stat = CASE WHEN a.agr_id IS NULL THEN CASE WHEN u.unit_id % 4 = 0 THEN 'M' ELSE 'A' END
                     WHEN a.dlq_stg >= 2 THEN 'L'
                     ELSE 'R' END
FROM stor_unit u2
LEFT JOIN rnt_agr a ON a.unit_id = u2.unit_id AND a.mo_dt IS NULL
WHERE u2.unit_id = u.unit_id;

UPDATE cust c
SET crt_dt = f.d - c.cust_id % 20
FROM (SELECT cust_id, min(mi_dt) AS d FROM rnt_agr GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    inv_id  integer NOT NULL REFERENCES inv (inv_id),
    pmt_ts  timestamptz NOT NULL,
    amt     numeric(8,2) NOT NULL,
    pmt_mth char(1) NOT NULL,
    rcpt_by varchar(3)
);
COMMENT ON TABLE pmt IS 'Payments received against invoices (rent and any late fee together); an invoice can be paid in parts';
COMMENT ON COLUMN pmt.amt IS 'amount received, USD';
COMMENT ON COLUMN pmt.pmt_mth IS 'A = autopay (bank debit), W = web portal, C = card at the counter or by phone, K = check, M = cash';
COMMENT ON COLUMN pmt.rcpt_by IS 'initials of the staff member who took the payment; NULL for autopay and web payments';

INSERT INTO pmt (pmt_id, inv_id, pmt_ts, amt, pmt_mth, rcpt_by)
WITH i AS (
    SELECT i.*, a.autopay, i.amt + i.lf_amt AS tot
    FROM inv i JOIN rnt_agr a ON a.agr_id = i.agr_id
), p AS (
    SELECT inv_id, agr_id, autopay, due_dt, pd_dt AS d,
           CASE WHEN inv_id % 8 = 3 AND NOT autopay THEN tot - round(tot / 2, 2) ELSE tot END AS amount
    FROM i WHERE pd_dt IS NOT NULL
    UNION ALL                                               -- first half of a split payment
    SELECT inv_id, agr_id, autopay, due_dt, pd_dt - 4, round(tot / 2, 2)
    FROM i WHERE pd_dt IS NOT NULL AND inv_id % 8 = 3 AND NOT autopay
    UNION ALL                                               -- part payment on a still unpaid invoice
    SELECT inv_id, agr_id, autopay, due_dt, due_dt + 3, round(amt * 0.4, 2)
    FROM i WHERE pd_dt IS NULL AND inv_id % 3 = 0 AND due_dt + 3 <= date '2026-11-30'
), m AS (
    SELECT p.*,
           CASE WHEN autopay AND d = due_dt THEN 'A'
                ELSE (ARRAY['W','W','W','C','C','K','M','W','C'])[1 + (inv_id + agr_id + (d - due_dt)) % 9] END AS mth
    FROM p
), t AS (
    SELECT m.*,
           d + CASE mth WHEN 'A' THEN make_interval(hours => 3, mins => inv_id % 50)
                        WHEN 'W' THEN make_interval(hours => 7, mins => (inv_id * 37) % 900)
                        ELSE make_interval(hours => 9, mins => 30 + (inv_id * 13) % 480) END AS ts
    FROM m
)
SELECT row_number() OVER (ORDER BY ts, inv_id), inv_id, ts AT TIME ZONE 'UTC', amount, mth,
       CASE WHEN mth IN ('C', 'K', 'M') THEN (ARRAY['JMK','TLR','DS','AB'])[1 + inv_id % 4] END
FROM t;

-- ---------------------------------------------------------------- gate_evt (gate keypad log)
CREATE TABLE gate_evt (
    evt_id  integer PRIMARY KEY,
    fac_id  smallint NOT NULL REFERENCES fac (fac_id),
    kp_cd   char(2) NOT NULL,
    cust_id integer,
    evt_ts  timestamptz NOT NULL,
    res_cd  smallint NOT NULL
);
COMMENT ON TABLE gate_evt IS 'Gate keypad log, imported nightly from the access-control system (kept from January 2025)';
COMMENT ON COLUMN gate_evt.kp_cd IS 'EN = entry keypad (coming in), EX = exit keypad (leaving)';
COMMENT ON COLUMN gate_evt.cust_id IS 'customer whose gate code was keyed in (cust.cust_id; no foreign key, copied from the gate system); NULL = code not recognised';
COMMENT ON COLUMN gate_evt.res_cd IS '0 = access granted, 1 = denied: unknown code, 2 = denied: tenant locked out for non-payment, 3 = denied: outside gate hours';

INSERT INTO gate_evt (evt_id, fac_id, kp_cd, cust_id, evt_ts, res_cd)
WITH d AS (
    SELECT dd::date AS dy, dd::date - date '2025-01-01' AS off
    FROM generate_series(date '2025-01-01', date '2026-11-30', interval '1 day') AS dd
), en AS (
    SELECT u.fac_id, a.cust_id, a.agr_id, d.dy,
           d.dy + make_interval(hours => CASE WHEN (a.agr_id + d.off) % 53 = 0 THEN 22 + a.agr_id % 2
                                              ELSE 6 + (a.agr_id * 5 + d.off * 3) % 16 END,
                                mins => (a.agr_id * 13 + d.off * 7) % 60) AS ts
    FROM d
    JOIN rnt_agr a ON a.mi_dt <= d.dy AND (a.mo_dt IS NULL OR a.mo_dt >= d.dy)
    JOIN stor_unit u ON u.unit_id = a.unit_id
    WHERE (a.agr_id * 7 + d.off) % 41 = 0
), en2 AS (
    SELECT en.*,
           CASE WHEN en.ts::time >= f.gate_close OR en.ts::time < f.gate_open THEN 3
                WHEN EXISTS (SELECT 1 FROM inv i
                             WHERE i.agr_id = en.agr_id AND i.due_dt < en.dy - 30
                               AND (i.pd_dt IS NULL OR i.pd_dt > en.dy)) THEN 2
                ELSE 0 END AS res
    FROM en JOIN fac f ON f.fac_id = en.fac_id
), unk AS (
    SELECT 1 + g % 2 AS fac_id, NULL::integer AS cust_id,
           timestamp '2025-01-03 07:00' + g * interval '5 days 3 hours 11 minutes' AS ts, 1 AS res
    FROM generate_series(1, 130) AS g
), ev AS (
    SELECT fac_id, 'EN' AS kp, cust_id, ts, res FROM en2
    UNION ALL
    SELECT fac_id, 'EX', cust_id, ts + make_interval(mins => 15 + (cust_id * 7 + extract(doy FROM ts)::int) % 80), 0
    FROM en2 WHERE res = 0
    UNION ALL
    SELECT fac_id, 'EN', cust_id, ts, res FROM unk
)
SELECT row_number() OVER (ORDER BY ts, fac_id, kp, cust_id), fac_id, kp, cust_id, ts AT TIME ZONE 'UTC', res
FROM ev;

-- ---------------------------------------------------------------- shop_sale (counter shop)
CREATE TABLE shop_sale (
    sale_id  integer PRIMARY KEY,
    fac_id   smallint NOT NULL REFERENCES fac (fac_id),
    cust_id  integer REFERENCES cust (cust_id),
    sold_ts  timestamptz NOT NULL,
    item_cd  char(2) NOT NULL,
    qty      smallint NOT NULL,
    unit_pr  numeric(6,2) NOT NULL,
    disc_pct smallint NOT NULL DEFAULT 0,
    pay_mth  char(1) NOT NULL
);
COMMENT ON TABLE shop_sale IS 'Retail counter sales (locks, boxes, packing supplies), one row per item line';
COMMENT ON COLUMN shop_sale.cust_id IS 'NULL = walk-in customer who does not rent from us';
COMMENT ON COLUMN shop_sale.item_cd IS 'LK = disc padlock, CY = cylinder lock, BS = small box, BM = medium box, BL = large box, TP = packing tape (roll), BW = bubble wrap (roll), MC = mattress cover';
COMMENT ON COLUMN shop_sale.qty IS 'number of items (boxes and rolls counted one by one)';
COMMENT ON COLUMN shop_sale.unit_pr IS 'list price per item, USD, before discount';
COMMENT ON COLUMN shop_sale.disc_pct IS 'discount on the line in percent; 0 = none (10 = tenant discount, 50 = move-in lock promotion)';
COMMENT ON COLUMN shop_sale.pay_mth IS 'C = card, M = cash, R = put on the tenant''s rent account';

INSERT INTO shop_sale (sale_id, fac_id, cust_id, sold_ts, item_cd, qty, unit_pr, disc_pct, pay_mth)
WITH l AS (
    -- a lock bought at move-in
    SELECT u.fac_id, a.cust_id, a.mi_dt + make_interval(hours => 10, mins => (a.agr_id * 11) % 420) AS ts,
           CASE WHEN a.agr_id % 5 = 0 THEN 'CY' ELSE 'LK' END AS item,
           1 + (a.agr_id % 7 = 0)::int AS qty,
           CASE WHEN a.agr_id % 4 = 0 THEN 50 ELSE 0 END AS disc,
           CASE WHEN a.agr_id % 2 = 0 THEN 'R' ELSE 'C' END AS pay
    FROM rnt_agr a JOIN stor_unit u ON u.unit_id = a.unit_id
    WHERE a.mi_dt >= date '2024-01-01' AND a.agr_id % 3 <> 0
    UNION ALL
    -- boxes bought at move-in
    SELECT u.fac_id, a.cust_id, a.mi_dt + make_interval(hours => 10, mins => 5 + (a.agr_id * 11) % 420),
           'BM', 5 + a.agr_id % 10, 10, 'C'
    FROM rnt_agr a JOIN stor_unit u ON u.unit_id = a.unit_id
    WHERE a.mi_dt >= date '2024-01-01' AND a.agr_id % 4 = 1
    UNION ALL
    -- other counter sales, mostly walk-ins
    SELECT CASE WHEN g % 5 IN (0, 1) THEN 2 ELSE 1 END,
           CASE WHEN g % 3 = 0 THEN 1 + (g * 29) % 400 END,
           timestamp '2024-01-02 09:00' + ((g * 3) / 2) * interval '1 day'
             + ((g * 7) % 9) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute',
           it,
           CASE WHEN it IN ('BS','BM','BL') THEN 1 + (g * 7) % 15 WHEN it = 'TP' THEN 1 + g % 4
                WHEN it = 'MC' THEN 1 + g % 2 WHEN it = 'LK' THEN 1 + (g % 5 = 0)::int ELSE 1 END,
           CASE WHEN g % 3 = 0 AND g % 4 = 0 THEN 10 ELSE 0 END,
           CASE WHEN g % 3 = 0 THEN (ARRAY['C','M','R'])[1 + g % 7 % 3] ELSE (ARRAY['C','C','M'])[1 + g % 3] END
    FROM (SELECT g, (ARRAY['BS','BM','BL','TP','MC','LK','BW','CY'])[1 + (g * 5) % 8] AS it
          FROM generate_series(1, 700) AS g) x
)
SELECT row_number() OVER (ORDER BY ts, item), fac_id, cust_id, ts AT TIME ZONE 'UTC', item, qty,
       CASE item WHEN 'LK' THEN 14.99 WHEN 'CY' THEN 24.99 WHEN 'BS' THEN 1.99 WHEN 'BM' THEN 2.79
                 WHEN 'BL' THEN 3.49 WHEN 'TP' THEN 4.49 WHEN 'BW' THEN 12.99 ELSE 8.99 END,
       disc, pay
FROM l;

-- ---------------------------------------------------------------- unit_wo (work orders on units)
CREATE TABLE unit_wo (
    wo_id    integer PRIMARY KEY,
    unit_id  integer NOT NULL REFERENCES stor_unit (unit_id),
    agr_id   integer,
    wo_typ   char(1) NOT NULL,
    req_dt   date NOT NULL,
    done_dt  date,
    wo_stat  char(1) NOT NULL,
    cost_amt numeric(7,2) NOT NULL DEFAULT 0,
    chg_amt  numeric(7,2) NOT NULL DEFAULT 0,
    tech     varchar(3)
);
COMMENT ON TABLE unit_wo IS 'Work orders on units: move-out cleaning, lock cuts, inventories before a lien sale, repairs';
COMMENT ON COLUMN unit_wo.agr_id IS 'rental agreement the job belongs to (rnt_agr.agr_id; no foreign key, typed in by staff); NULL for repairs not tied to a tenant';
COMMENT ON COLUMN unit_wo.wo_typ IS 'C = cleaning after move-out, L = lock cut (defaulted tenant or lost key), I = inventory of contents before a lien sale, R = repair (door, latch, lighting)';
COMMENT ON COLUMN unit_wo.req_dt IS 'date the job was requested';
COMMENT ON COLUMN unit_wo.done_dt IS 'date the job was finished; NULL = not done (still open, or cancelled)';
COMMENT ON COLUMN unit_wo.wo_stat IS 'O = open, D = done, X = cancelled';
COMMENT ON COLUMN unit_wo.cost_amt IS 'our cost (materials, contractor), USD';
COMMENT ON COLUMN unit_wo.chg_amt IS 'amount billed to the tenant, USD; 0 = not billed';
COMMENT ON COLUMN unit_wo.tech IS 'initials of the staff member who did the job';

INSERT INTO unit_wo (wo_id, unit_id, agr_id, wo_typ, req_dt, done_dt, wo_stat, cost_amt, chg_amt, tech)
WITH w AS (
    -- cleaning after every move-out
    SELECT a.unit_id, a.agr_id, 'C' AS typ, a.mo_dt AS req,
           CASE WHEN a.mo_dt + a.agr_id % 5 + CASE WHEN u.fac_id = 2 THEN 2 ELSE 0 END <= date '2026-11-30'
                THEN a.mo_dt + a.agr_id % 5 + CASE WHEN u.fac_id = 2 THEN 2 ELSE 0 END END AS done,
           NULL::char(1) AS stat,
           20 + (a.agr_id % 4) * 10 AS cost,
           CASE WHEN a.agr_id % 10 = 0 THEN 35 ELSE 0 END AS chg
    FROM rnt_agr a JOIN stor_unit u ON u.unit_id = a.unit_id
    WHERE a.mo_dt >= date '2024-01-01'
    UNION ALL
    -- lock cut and inventory before a lien sale
    SELECT unit_id, agr_id, 'L', mo_dt - 20, mo_dt - 19, NULL, 0, 75
    FROM rnt_agr WHERE mo_rsn = 'E' AND mo_dt - 20 >= date '2024-01-01'
    UNION ALL
    SELECT unit_id, agr_id, 'I', mo_dt - 10, mo_dt - 8, NULL, 0, 0
    FROM rnt_agr WHERE mo_rsn = 'E' AND mo_dt - 10 >= date '2024-01-01'
    UNION ALL
    -- lock cut on running agreements at the pre-lien stage
    SELECT unit_id, agr_id, 'L', date '2026-11-30' - (agr_id * 7) % 20,
           CASE WHEN agr_id % 4 = 0 AND (agr_id * 7) % 20 >= 2 THEN date '2026-11-30' - (agr_id * 7) % 20 + 2 END, NULL, 0, 75
    FROM rnt_agr WHERE mo_dt IS NULL AND dlq_stg = 3
    UNION ALL
    -- lock cut for a tenant who lost the key (a few cancelled: key found)
    SELECT unit_id, agr_id, 'L', mi_dt + 45,
           CASE WHEN agr_id % 38 <> 0 THEN mi_dt + 45 END,
           CASE WHEN agr_id % 38 = 0 THEN 'X' END, 0,
           CASE WHEN agr_id % 38 = 0 THEN 0 ELSE 45 END
    FROM rnt_agr
    WHERE agr_id % 19 = 0 AND mi_dt + 45 >= date '2024-01-01' AND mi_dt + 45 <= date '2026-11-30'
          AND (mo_dt IS NULL OR mo_dt > mi_dt + 45)
    UNION ALL
    -- repairs
    SELECT 7 * (1 + g % 21), NULL, 'R', date '2024-02-05' + g * 26,
           CASE WHEN g % 9 <> 0 AND date '2024-02-05' + g * 26 + 3 <= date '2026-11-30' THEN date '2024-02-05' + g * 26 + 3 END,
           CASE WHEN g % 9 = 0 THEN 'X' END,
           40 + (g * 37) % 200, 0
    FROM generate_series(1, 39) AS g
)
SELECT row_number() OVER (ORDER BY req, typ, unit_id), unit_id, agr_id, typ, req, done,
       coalesce(stat, CASE WHEN done IS NOT NULL THEN 'D' ELSE 'O' END),
       cost, chg,
       (ARRAY['RB','KP','JMK','RB','LT'])[1 + (unit_id + extract(doy FROM req)::int) % 5]
FROM w;
