-- Made-up schema: a family dairy farm (herd register of cows, calvings, twice-daily milking
-- yields per cow, bulk tank collections by the milk buyer with the lab's quality results,
-- vet treatments with milk withdrawal periods, feed suppliers and feed deliveries).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS feed_dlv;
DROP TABLE IF EXISTS supplier;
DROP TABLE IF EXISTS tank_pickup;
DROP TABLE IF EXISTS vet_tx;
DROP TABLE IF EXISTS milk_rec;
DROP TABLE IF EXISTS calving;
DROP TABLE IF EXISTS herd;

-- ---------------------------------------------------------------- herd (herd register: one row per cow)
CREATE TABLE herd (
    cow_id      integer PRIMARY KEY,
    ear_tag     varchar(16) NOT NULL UNIQUE,
    cow_nm      text,
    breed_cd    char(2) NOT NULL,
    birth_dt    date NOT NULL,
    dam_id      integer REFERENCES herd (cow_id),
    src_cd      char(1) NOT NULL,
    purch_dt    date,
    purch_price numeric(8,2),
    stat_cd     char(1) NOT NULL DEFAULT 'H',
    exit_dt     date,
    exit_rsn    text
);
COMMENT ON TABLE herd IS 'Herd register: every cow and heifer kept on the farm since records began (2018), including those that have left';
COMMENT ON COLUMN herd.cow_id IS 'herd number painted on the cow / used in the parlour';
COMMENT ON COLUMN herd.ear_tag IS 'official national ear tag number';
COMMENT ON COLUMN herd.cow_nm IS 'pet name; NULL = never named';
COMMENT ON COLUMN herd.breed_cd IS 'HO = Holstein Friesian, JE = Jersey, BS = Brown Swiss, XB = crossbred';
COMMENT ON COLUMN herd.dam_id IS 'mother (herd.cow_id) when bred on the farm; NULL = bought in';
COMMENT ON COLUMN herd.src_cd IS 'B = bred on the farm, P = purchased';
COMMENT ON COLUMN herd.purch_dt IS 'date bought; NULL = bred on the farm';
COMMENT ON COLUMN herd.purch_price IS 'price paid, EUR; NULL = bred on the farm or price not recorded';
COMMENT ON COLUMN herd.stat_cd IS 'M = in milk, D = dry (between lactations), H = heifer (has not calved yet), S = sold, X = died or put down';
COMMENT ON COLUMN herd.exit_dt IS 'date the animal left the farm (sold, died); NULL = still on the farm';
COMMENT ON COLUMN herd.exit_rsn IS 'why it left; NULL while still on the farm';

INSERT INTO herd (cow_id, ear_tag, cow_nm, breed_cd, birth_dt, dam_id, src_cd, purch_dt, purch_price, exit_dt, exit_rsn)
WITH b AS (
    SELECT g,
           date '2016-03-01' + (g - 1) * 57 + (g * 13) % 25 AS birth_dt,
           (g <= 15 OR (g % 4 = 1 AND g <= 50)) AS bought
    FROM generate_series(1, 64) AS g
)
SELECT g,
       'IE' || lpad((3400000 + g * 7919 % 99991)::text, 8, '0') || ' ' || (g % 9)::text,
       CASE WHEN g % 5 = 0 THEN NULL
            ELSE (ARRAY['Daisy','Bluebell','Buttercup','Clover','Primrose','Molly','Bella','Rosie','Meg','Tilly',
                        'Poppy','Hazel','Maisie','Nell','Lily','Dolly','Gertie','Fern','Ivy','Snowdrop','Honey'])[1 + g % 21] END,
       CASE WHEN g % 10 IN (3, 7) THEN 'JE' WHEN g % 13 = 5 THEN 'BS' WHEN g % 6 = 1 THEN 'XB' ELSE 'HO' END,
       birth_dt,
       CASE WHEN bought THEN NULL ELSE 1 + (g * 7) % (g - 14) END,
       CASE WHEN bought THEN 'P' ELSE 'B' END,
       CASE WHEN bought THEN birth_dt + 600 + (g * 3) % 100 END,
       CASE WHEN NOT bought OR g = 9 THEN NULL ELSE 1450 + (g * 37) % 600 + (g % 4) * 12.5 END,
       CASE g WHEN 2 THEN date '2025-02-14' WHEN 8 THEN date '2025-06-03' WHEN 14 THEN date '2025-10-21'
              WHEN 20 THEN date '2026-01-09' WHEN 26 THEN date '2026-04-30' WHEN 32 THEN date '2026-08-17'
              WHEN 38 THEN date '2026-11-12' END,
       CASE g WHEN 2 THEN 'sold - low yield' WHEN 8 THEN 'died - milk fever' WHEN 14 THEN 'sold - lame'
              WHEN 20 THEN 'put down - injury' WHEN 26 THEN 'sold - high cell count' WHEN 32 THEN 'died - calving'
              WHEN 38 THEN 'sold - not in calf' END
FROM b
ORDER BY g;

-- ---------------------------------------------------------------- calving
CREATE TABLE calving (
    calv_id   integer PRIMARY KEY,
    cow_id    integer NOT NULL REFERENCES herd (cow_id),
    calv_dt   date NOT NULL,
    lact_no   smallint NOT NULL,
    calf_sex  char(1) NOT NULL,
    ease_cd   smallint NOT NULL,
    stillbrn  boolean NOT NULL DEFAULT false,
    calf_tag  varchar(16),
    calf_wt   numeric(4,1)
);
COMMENT ON TABLE calving IS 'One row per calving; the cow starts a new lactation (milking period) that day';
COMMENT ON COLUMN calving.lact_no IS 'lactation number: 1 = first calving of the cow';
COMMENT ON COLUMN calving.calf_sex IS 'F = heifer calf, M = bull calf';
COMMENT ON COLUMN calving.ease_cd IS '1 = calved on her own, 2 = pulled by the farmer, 3 = vet assisted, 4 = caesarean';
COMMENT ON COLUMN calving.stillbrn IS 'calf born dead';
COMMENT ON COLUMN calving.calf_tag IS 'ear tag given to the calf; NULL = stillborn (never tagged)';
COMMENT ON COLUMN calving.calf_wt IS 'birth weight of the calf, kg; NULL = not weighed';

INSERT INTO calving (calv_id, cow_id, calv_dt, lact_no, calf_sex, ease_cd, stillbrn, calf_tag, calf_wt)
WITH c AS (
    SELECT h.cow_id AS g, k,
           h.birth_dt + 720 + (h.cow_id * 11) % 70 + k * (370 + (h.cow_id * 13) % 50) AS calv_dt
    FROM herd h CROSS JOIN generate_series(0, 9) AS k
), f AS (
    SELECT c.*, row_number() OVER (ORDER BY calv_dt, g) AS rn
    FROM c JOIN herd h ON h.cow_id = c.g
    WHERE calv_dt <= date '2026-11-30' AND (h.exit_dt IS NULL OR calv_dt < h.exit_dt)
)
SELECT rn, g, calv_dt, k + 1,
       CASE WHEN (g * 3 + k * 5) % 9 < 4 THEN 'F' ELSE 'M' END,
       CASE WHEN (g + k * 7) % 23 = 0 THEN 4
            WHEN (g * 7 + k * 3) % 10 = 9 THEN 3
            WHEN (g * 7 + k * 3) % 10 >= 7 OR (k = 0 AND g % 3 = 0) THEN 2
            ELSE 1 END,
       (g * 5 + k * 11) % 19 = 0,
       CASE WHEN (g * 5 + k * 11) % 19 = 0 THEN NULL
            ELSE 'IE' || lpad((5100000 + rn * 104729 % 899981)::text, 8, '0') || ' ' || (rn % 9)::text END,
       CASE WHEN (g + k) % 3 = 2 THEN NULL
            ELSE 30 + (g * 7 + k * 13) % 17 + ((g + k) % 10) / 10.0
                 - CASE WHEN (g % 10) IN (3, 7) THEN 8 ELSE 0 END END
FROM f;

-- herd status as of the cut-off (2026-11-30): a cow milks for 305 days after calving, then is dried off
UPDATE herd h SET stat_cd = CASE
    WHEN h.exit_dt IS NOT NULL AND h.exit_rsn LIKE 'sold%' THEN 'S'
    WHEN h.exit_dt IS NOT NULL THEN 'X'
    WHEN lc.last_dt IS NULL THEN 'H'
    WHEN lc.last_dt >= date '2026-11-30' - 304 THEN 'M'
    ELSE 'D' END
FROM (SELECT h2.cow_id, max(c.calv_dt) AS last_dt
      FROM herd h2 LEFT JOIN calving c ON c.cow_id = h2.cow_id
      GROUP BY h2.cow_id) lc
WHERE lc.cow_id = h.cow_id;

-- ---------------------------------------------------------------- milk_rec (parlour meter: one row per cow per milking)
CREATE TABLE milk_rec (
    rec_id   integer PRIMARY KEY,
    cow_id   integer NOT NULL REFERENCES herd (cow_id),
    milk_dt  date NOT NULL,
    sess     char(1) NOT NULL,
    yld_kg   numeric(4,1),
    to_tank  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE milk_rec IS 'Milk meter readings from the parlour, one row per cow per milking (kept on line from 2026-09-25)';
COMMENT ON COLUMN milk_rec.sess IS 'M = morning milking (about 05:30), E = evening milking (about 16:30)';
COMMENT ON COLUMN milk_rec.yld_kg IS 'milk given at that milking, kg; NULL = meter failed, cow milked but not measured';
COMMENT ON COLUMN milk_rec.to_tank IS 'false = milk kept out of the bulk tank and dumped or fed to calves (first 4 days after calving, or under a vet withdrawal period)';

INSERT INTO milk_rec (rec_id, cow_id, milk_dt, sess, yld_kg, to_tank)
WITH d AS (
    SELECT h.cow_id, h.breed_cd, c.calv_dt, c.lact_no, dt::date AS milk_dt, (dt::date - date '2026-09-25') AS dn
    FROM generate_series(date '2026-09-25', date '2026-11-30', interval '1 day') AS dt
    JOIN calving c ON dt::date BETWEEN c.calv_dt AND c.calv_dt + 304
    JOIN herd h ON h.cow_id = c.cow_id AND (h.exit_dt IS NULL OR dt::date < h.exit_dt)
), s AS (
    SELECT d.*, ss.sess, ss.si,
           (milk_dt - calv_dt) AS dim,
           CASE breed_cd WHEN 'HO' THEN 17.0 WHEN 'BS' THEN 15.0 WHEN 'XB' THEN 14.0 ELSE 11.5 END
             * CASE WHEN lact_no = 1 THEN 0.85 ELSE 1.0 END AS peak
    FROM d CROSS JOIN (VALUES ('M', 0), ('E', 1)) AS ss (sess, si)
)
SELECT row_number() OVER (ORDER BY milk_dt, si, cow_id),
       cow_id, milk_dt, sess,
       CASE WHEN (cow_id * 31 + dn * 17 + si * 5) % 173 = 0 THEN NULL
            WHEN si = 1 AND (cow_id * 13 + dn * 7) % 401 = 0 THEN 0.0
            ELSE round((peak * CASE WHEN dim < 45 THEN 0.8 + 0.2 * dim / 45.0 ELSE 1 - (dim - 45) * 0.0018 END
                        * CASE WHEN si = 1 THEN 0.88 ELSE 1 END
                        + ((cow_id * 7 + dn * 3) % 7) * 0.2 - 0.6)::numeric, 1) END,
       dim >= 4
FROM s;

-- ---------------------------------------------------------------- vet_tx (treatments, by the vet or by the farmer)
CREATE TABLE vet_tx (
    tx_id      integer PRIMARY KEY,
    cow_id     integer NOT NULL,
    tx_dt      date NOT NULL,
    diag_cd    varchar(4) NOT NULL,
    drug_nm    text,
    vet_nm     text,
    cost       numeric(7,2) NOT NULL,
    wd_milk_d  smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE vet_tx IS 'Animal medicines book: every treatment given to an animal of the herd';
COMMENT ON COLUMN vet_tx.cow_id IS 'animal treated (herd.cow_id)';
COMMENT ON COLUMN vet_tx.diag_cd IS 'MAS = mastitis, LAM = lameness, MET = metritis (womb infection), MF = milk fever, KET = ketosis, PNE = pneumonia, DRY = dry-cow therapy at drying off, VAC = vaccination';
COMMENT ON COLUMN vet_tx.drug_nm IS 'medicine given; NULL = no medicine (e.g. foot trimmed, hoof block)';
COMMENT ON COLUMN vet_tx.vet_nm IS 'vet who treated; NULL = treated by the farmer';
COMMENT ON COLUMN vet_tx.cost IS 'medicine plus vet call-out and labour, EUR';
COMMENT ON COLUMN vet_tx.wd_milk_d IS 'milk withdrawal period in days: the milk must stay out of the tank from tx_dt until tx_dt + wd_milk_d - 1 and may go back in from tx_dt + wd_milk_d; 0 = no withdrawal';

INSERT INTO vet_tx (tx_id, cow_id, tx_dt, diag_cd, drug_nm, vet_nm, cost, wd_milk_d)
WITH cand AS (
    SELECT t, 1 + (t * 29) % 64 AS cow_id, date '2025-01-02' + (t * 697) / 420 AS tx_dt
    FROM generate_series(1, 420) AS t
), ok AS (
    SELECT cand.*,
           (SELECT max(c.calv_dt) FROM calving c WHERE c.cow_id = cand.cow_id AND c.calv_dt <= cand.tx_dt) AS last_calv
    FROM cand JOIN herd h ON h.cow_id = cand.cow_id
    WHERE h.birth_dt < cand.tx_dt - 60
      AND (h.exit_dt IS NULL OR cand.tx_dt < h.exit_dt)
      AND cand.cow_id % 9 <> 4                      -- a few animals were never treated
      AND (t % 5 <> 3 OR cand.cow_id % 2 = 0)       -- thin it out a little
), dx AS (
    SELECT ok.*,
           CASE WHEN last_calv IS NULL THEN CASE WHEN t % 3 = 0 THEN 'PNE' ELSE 'VAC' END
                WHEN tx_dt - last_calv BETWEEN 300 AND 310 THEN 'DRY'
                WHEN tx_dt - last_calv > 304 THEN CASE WHEN t % 2 = 0 THEN 'LAM' ELSE 'VAC' END
                WHEN tx_dt - last_calv <= 3 AND t % 2 = 0 THEN 'MF'
                WHEN tx_dt - last_calv <= 20 THEN CASE WHEN t % 3 = 0 THEN 'KET' ELSE 'MET' END
                ELSE (ARRAY['MAS','MAS','LAM','MAS','VAC','LAM','MAS','MAS'])[1 + t % 8] END AS diag_cd,
           t % 4 <> 0 AS farmer
    FROM ok
)
SELECT row_number() OVER (ORDER BY tx_dt, t), cow_id, tx_dt, diag_cd,
       CASE diag_cd
            WHEN 'MAS' THEN CASE WHEN t % 3 = 0 THEN 'Ubrolexin intramammary' ELSE 'Synulox LC' END
            WHEN 'LAM' THEN CASE WHEN t % 3 = 0 THEN NULL ELSE 'Metacam 20 mg/ml' END
            WHEN 'MET' THEN 'Metricure'
            WHEN 'MF'  THEN 'Calcium borogluconate 40%'
            WHEN 'KET' THEN 'Propylene glycol drench'
            WHEN 'PNE' THEN 'Draxxin'
            WHEN 'DRY' THEN 'Cepravin Dry Cow'
            ELSE 'Bovilis BVD' END,
       CASE WHEN diag_cd IN ('MF', 'PNE') OR NOT farmer OR (diag_cd = 'LAM' AND t % 3 = 0)
            THEN (ARRAY['M. Kelly MVB','A. Byrne MVB','Riverside Vets'])[1 + t % 3] END,
       CASE diag_cd WHEN 'MAS' THEN 24.60 WHEN 'LAM' THEN 11.80 WHEN 'MET' THEN 16.40 WHEN 'MF' THEN 9.50
                    WHEN 'KET' THEN 14.00 WHEN 'PNE' THEN 38.75 WHEN 'DRY' THEN 13.20 ELSE 7.90 END
         + (t % 5) * 1.15
         + CASE WHEN diag_cd IN ('MF', 'PNE') OR NOT farmer OR (diag_cd = 'LAM' AND t % 3 = 0) THEN 65 ELSE 0 END
         + CASE WHEN diag_cd = 'LAM' AND t % 3 = 0 THEN 30 ELSE 0 END,
       CASE diag_cd
            WHEN 'MAS' THEN CASE WHEN t % 3 = 0 THEN 5 ELSE 3 END
            WHEN 'LAM' THEN CASE WHEN t % 3 = 0 THEN 0 ELSE 5 END
            WHEN 'DRY' THEN 35
            WHEN 'MET' THEN 0
            ELSE 0 END
FROM dx;

-- milk under withdrawal did not go to the tank
UPDATE milk_rec m SET to_tank = false
WHERE EXISTS (SELECT 1 FROM vet_tx v
              WHERE v.cow_id = m.cow_id AND v.wd_milk_d > 0
                AND m.milk_dt >= v.tx_dt AND m.milk_dt < v.tx_dt + v.wd_milk_d);

-- ---------------------------------------------------------------- tank_pickup (bulk tank collections by the milk buyer)
CREATE TABLE tank_pickup (
    pk_id     integer PRIMARY KEY,
    pk_ts     timestamptz NOT NULL,
    docket    varchar(10) NOT NULL,
    ltrs      integer NOT NULL,
    tmp_c     numeric(3,1) NOT NULL,
    bf_pct    numeric(4,2),
    prot_pct  numeric(4,2),
    scc_k     integer,
    tbc_k     integer,
    inh_res   char(1) NOT NULL,
    base_cpl  numeric(5,2) NOT NULL,
    pay_amt   numeric(10,2)
);
COMMENT ON TABLE tank_pickup IS 'Every-other-day collections of the bulk tank by the creamery (the milk buyer), with the lab results they send back';
COMMENT ON COLUMN tank_pickup.docket IS 'tanker driver''s docket number';
COMMENT ON COLUMN tank_pickup.ltrs IS 'litres collected';
COMMENT ON COLUMN tank_pickup.tmp_c IS 'milk temperature at collection, deg C';
COMMENT ON COLUMN tank_pickup.bf_pct IS 'butterfat %; NULL = lab results not back yet';
COMMENT ON COLUMN tank_pickup.prot_pct IS 'protein %; NULL = lab results not back yet';
COMMENT ON COLUMN tank_pickup.scc_k IS 'somatic cell count, thousand cells per ml (400 = 400,000/ml; above 400 is penalised); NULL = lab results not back yet';
COMMENT ON COLUMN tank_pickup.tbc_k IS 'total bacterial count, thousand per ml; NULL = lab results not back yet';
COMMENT ON COLUMN tank_pickup.inh_res IS 'antibiotic (inhibitor) test on the load: N = negative, P = positive, load rejected by the creamery and not paid';
COMMENT ON COLUMN tank_pickup.base_cpl IS 'creamery base milk price for the month, euro cents per litre';
COMMENT ON COLUMN tank_pickup.pay_amt IS 'amount the creamery paid for the collection after fat, protein and cell-count adjustments, EUR; 0 = rejected load; NULL = not settled yet (settled monthly, mid next month)';

INSERT INTO tank_pickup (pk_id, pk_ts, docket, ltrs, tmp_c, bf_pct, prot_pct, scc_k, tbc_k, inh_res, base_cpl, pay_amt)
WITH p AS (
    SELECT n, date '2025-01-01' + 2 * n AS d,
           extract(doy FROM date '2025-01-01' + 2 * n)::int AS doy
    FROM generate_series(0, 349) AS n
), q AS (
    SELECT n, d,
           CASE WHEN d = date '2025-12-31' THEN d + time '23:48'
                ELSE d + time '06:40' + ((n * 17) % 90) * interval '1 minute' END AS ts,
           round(1700 + 260 * cos(2 * pi() * (doy - 130) / 365.0) + (n * 37) % 120)::int AS ltrs,
           3.0 + ((n * 7) % 20) / 10.0 + CASE WHEN n % 41 = 0 THEN 3.0 ELSE 0 END AS tmp_c,
           CASE WHEN n % 31 = 0 THEN 4.00
                ELSE round((3.90 + 0.35 * cos(2 * pi() * (doy - 15) / 365.0) + ((n * 13) % 20 - 10) / 100.0)::numeric, 2) END AS bf,
           round((3.30 + 0.15 * cos(2 * pi() * (doy - 15) / 365.0) + ((n * 7) % 12 - 6) / 100.0)::numeric, 2) AS prot,
           CASE WHEN n % 29 = 0 THEN 400
                WHEN n % 23 = 0 THEN 430 + (n * 3) % 150
                ELSE 160 + (n * 53) % 220 END AS scc,
           8 + (n * 11) % 25 AS tbc,
           CASE WHEN n IN (47, 181, 260, 333) THEN 'P' ELSE 'N' END AS inh,
           CASE WHEN d < date '2026-01-01' THEN 44.00 + (extract(month FROM d)::int % 5) * 0.75
                ELSE 41.50 + (extract(month FROM d)::int % 4) * 0.60 END AS base
    FROM p
)
SELECT n + 1, ts AT TIME ZONE 'UTC',
       'D' || lpad((70233 + n * 3)::text, 7, '0'),
       ltrs, tmp_c,
       CASE WHEN d >= date '2026-11-26' THEN NULL ELSE bf END,
       CASE WHEN d >= date '2026-11-26' THEN NULL ELSE prot END,
       CASE WHEN d >= date '2026-11-26' THEN NULL ELSE scc END,
       CASE WHEN d >= date '2026-11-26' THEN NULL ELSE tbc END,
       inh, base,
       CASE WHEN d >= date '2026-11-01' THEN NULL
            WHEN inh = 'P' THEN 0
            ELSE round(ltrs * (base + (bf - 3.60) * 5 + (prot - 3.30) * 8 - CASE WHEN scc > 400 THEN 1.50 ELSE 0 END) / 100.0, 2) END
FROM q;

-- ---------------------------------------------------------------- supplier (feed merchants)
CREATE TABLE supplier (
    supp_id   integer PRIMARY KEY,
    supp_nm   text NOT NULL,
    town      text,
    phone     varchar(20),
    terms_d   smallint NOT NULL DEFAULT 30
);
COMMENT ON COLUMN supplier.terms_d IS 'payment terms, days after delivery';

INSERT INTO supplier (supp_id, supp_nm, town, phone, terms_d) VALUES
    (1, 'Lakeland Agri Stores',      'Cavan',      '049-555-0101', 30),
    (2, 'Dairygold Co-op Mills',     'Mallow',     '022-555-0102', 30),
    (3, 'Brennan Feeds Ltd',         'Kilkenny',   '056-555-0103', 45),
    (4, 'MinVit Supplements',        'Athlone',    '090-555-0104', 60),
    (5, 'P. Doyle Agri Contractor',  'Bagenalstown', NULL,         14),
    (6, 'Molasses Direct',           'Waterford',  '051-555-0106', 30),
    (7, 'Glanbia Country Store',     'Carlow',     '059-555-0107', 30),
    (8, 'Hayes Haulage & Fodder',    'Tullow',     '059-555-0108', 30);

-- ---------------------------------------------------------------- feed_dlv (feed deliveries)
CREATE TABLE feed_dlv (
    dlv_id   integer PRIMARY KEY,
    supp_id  integer NOT NULL REFERENCES supplier (supp_id),
    dlv_dt   date NOT NULL,
    feed_cd  char(3) NOT NULL,
    qty_t    numeric(6,2) NOT NULL,
    price_t  numeric(7,2) NOT NULL,
    inv_no   varchar(12),
    paid_dt  date
);
COMMENT ON COLUMN feed_dlv.feed_cd IS 'CON = dairy nuts (concentrate), SOY = soya bean meal, BPL = beet pulp, MIN = minerals, MOL = molasses, SIL = bought-in silage, STR = straw';
COMMENT ON COLUMN feed_dlv.qty_t IS 'quantity delivered, tonnes';
COMMENT ON COLUMN feed_dlv.price_t IS 'price per tonne, EUR excluding VAT';
COMMENT ON COLUMN feed_dlv.inv_no IS 'supplier invoice number; NULL = invoice not received yet';
COMMENT ON COLUMN feed_dlv.paid_dt IS 'date the invoice was paid; NULL = not paid yet';

INSERT INTO feed_dlv (dlv_id, supp_id, dlv_dt, feed_cd, qty_t, price_t, inv_no, paid_dt)
WITH d AS (
    SELECT k, date '2025-01-06' + (k * 693) / 240 AS dlv_dt,
           CASE WHEN k % 2 = 0 OR k % 7 = 1 THEN 'CON'
                WHEN k % 5 = 1 THEN 'SOY'
                WHEN k % 5 = 3 THEN 'BPL'
                WHEN k % 11 = 5 THEN 'MIN'
                WHEN k % 13 = 9 THEN 'MOL'
                WHEN k % 3 = 0 THEN 'STR'
                ELSE 'SIL' END AS feed_cd
    FROM generate_series(1, 240) AS k
), e AS (
    SELECT d.*,
           CASE feed_cd
                WHEN 'CON' THEN CASE WHEN dlv_dt < date '2026-01-01' AND k % 4 = 0 THEN 7 WHEN k % 3 = 0 THEN 2 ELSE 1 END
                WHEN 'SOY' THEN CASE WHEN k % 2 = 0 THEN 2 ELSE 3 END
                WHEN 'BPL' THEN 3
                WHEN 'MIN' THEN 4
                WHEN 'MOL' THEN 6
                ELSE 5 END AS supp_id,
           CASE feed_cd
                WHEN 'CON' THEN 4 + (k * 7) % 3 + (k % 4) * 0.25
                WHEN 'SOY' THEN 3 + (k * 3) % 3 + 0.5
                WHEN 'BPL' THEN 6 + (k * 5) % 4
                WHEN 'MIN' THEN 0.5 + (k % 3) * 0.25
                WHEN 'MOL' THEN 2 + (k % 2) * 0.5
                WHEN 'SIL' THEN 20 + (k * 11) % 11
                ELSE 10 + (k * 7) % 5 END AS qty_t,
           CASE feed_cd
                WHEN 'CON' THEN 395 + (k * 13) % 30 - CASE WHEN dlv_dt >= date '2026-01-01' THEN 20 ELSE 0 END
                WHEN 'SOY' THEN 455 + (k * 7) % 40
                WHEN 'BPL' THEN 310 + (k * 3) % 25
                WHEN 'MIN' THEN 1180 + (k * 11) % 90
                WHEN 'MOL' THEN 265 + (k % 3) * 5
                WHEN 'SIL' THEN 48 + (k * 3) % 10
                ELSE 95 + (k * 5) % 20 END AS price_t
    FROM d
)
SELECT k, supp_id, dlv_dt, feed_cd, qty_t, price_t,
       CASE WHEN dlv_dt > date '2026-11-24' THEN NULL
            ELSE 'INV-' || supp_id || '-' || lpad((1000 + k * 7)::text, 5, '0') END,
       CASE WHEN dlv_dt > date '2026-11-24' THEN NULL
            WHEN dlv_dt + (CASE supp_id WHEN 4 THEN 60 WHEN 3 THEN 45 WHEN 5 THEN 14 ELSE 30 END) > date '2026-11-30' THEN NULL
            WHEN k IN (37, 151) THEN NULL                          -- two old invoices in dispute
            ELSE dlv_dt + (CASE supp_id WHEN 4 THEN 60 WHEN 3 THEN 45 WHEN 5 THEN 14 ELSE 30 END) - (k % 6) END
FROM e;
