-- Made-up schema: a town council's tree team (wards, species list, contractors, the tree register,
-- inspections with risk grades, work orders given to contractors with quotes and invoices, residents'
-- complaints and requests, new plantings and their aftercare visits). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS aftc;
DROP TABLE IF EXISTS plt;
DROP TABLE IF EXISTS wo;
DROP TABLE IF EXISTS cmpl;
DROP TABLE IF EXISTS insp;
DROP TABLE IF EXISTS tr;
DROP TABLE IF EXISTS ctr;
DROP TABLE IF EXISTS spp;
DROP TABLE IF EXISTS ward;

-- ---------------------------------------------------------------- ward
CREATE TABLE ward (
    ward_id  smallint PRIMARY KEY,
    ward_nm  text NOT NULL,
    cllr_nm  text,
    area_ha  numeric(7,1) NOT NULL
);
COMMENT ON TABLE ward IS 'Council wards (electoral areas of the town)';
COMMENT ON COLUMN ward.cllr_nm IS 'lead ward councillor; NULL = seat vacant';
COMMENT ON COLUMN ward.area_ha IS 'ward area in hectares';

INSERT INTO ward (ward_id, ward_nm, cllr_nm, area_ha) VALUES
    (1, 'Abbey',       'Cllr P. Okafor',   312.4),
    (2, 'Castle',      'Cllr M. Reeves',   188.0),
    (3, 'Eastfield',   'Cllr S. Begum',    455.7),
    (4, 'Greenhill',   'Cllr D. Walsh',    520.2),
    (5, 'Mill Lane',   NULL,               240.9),
    (6, 'Northgate',   'Cllr H. Lindqvist', 298.3),
    (7, 'St Mary''s',  'Cllr A. Fraser',   176.5),
    (8, 'Westbrook',   'Cllr R. Chaudhry', 610.8),
    (9, 'Harbourside', 'Cllr J. Moreau',    95.1);

-- ---------------------------------------------------------------- spp (species list)
CREATE TABLE spp (
    spp_cd    varchar(6) PRIMARY KEY,
    bot_nm    text NOT NULL,
    com_nm    text NOT NULL,
    evgrn     boolean NOT NULL DEFAULT false,
    nat       boolean NOT NULL DEFAULT false,
    mat_ht_m  smallint NOT NULL
);
COMMENT ON TABLE spp IS 'Tree species the team records or plants';
COMMENT ON COLUMN spp.spp_cd IS 'species code: first two letters of genus + first two of species';
COMMENT ON COLUMN spp.bot_nm IS 'botanical (Latin) name';
COMMENT ON COLUMN spp.com_nm IS 'common English name';
COMMENT ON COLUMN spp.evgrn IS 'true = evergreen';
COMMENT ON COLUMN spp.nat IS 'true = native to Britain';
COMMENT ON COLUMN spp.mat_ht_m IS 'typical mature height, metres';

INSERT INTO spp (spp_cd, bot_nm, com_nm, evgrn, nat, mat_ht_m) VALUES
    ('ACPS', 'Acer pseudoplatanus',          'Sycamore',        false, false, 30),
    ('PLHI', 'Platanus x hispanica',         'London plane',    false, false, 35),
    ('TIEU', 'Tilia x europaea',             'Common lime',     false, true,  35),
    ('QURO', 'Quercus robur',                'English oak',     false, true,  35),
    ('FREX', 'Fraxinus excelsior',           'Ash',             false, true,  30),
    ('BEPE', 'Betula pendula',               'Silver birch',    false, true,  25),
    ('SOAU', 'Sorbus aucuparia',             'Rowan',           false, true,  12),
    ('PRAV', 'Prunus avium',                 'Wild cherry',     false, true,  20),
    ('PRSE', 'Prunus serrulata ''Kanzan''',  'Japanese cherry', false, false, 10),
    ('ACPL', 'Acer platanoides',             'Norway maple',    false, false, 25),
    ('CABE', 'Carpinus betulus',             'Hornbeam',        false, true,  25),
    ('AEHI', 'Aesculus hippocastanum',       'Horse chestnut',  false, false, 30),
    ('FASY', 'Fagus sylvatica',              'Beech',           false, true,  35),
    ('CRMO', 'Crataegus monogyna',           'Hawthorn',        false, true,  10),
    ('PYCA', 'Pyrus calleryana ''Chanticleer''', 'Callery pear', false, false, 15),
    ('TABA', 'Taxus baccata',                'Yew',             true,  true,  15),
    ('PINI', 'Pinus nigra',                  'Black pine',      true,  false, 30),
    ('LIST', 'Liquidambar styraciflua',      'Sweetgum',        false, false, 25),
    ('GIBI', 'Ginkgo biloba',                'Maidenhair tree', false, false, 25),
    ('LITU', 'Liriodendron tulipifera',      'Tulip tree',      false, false, 30);

-- ---------------------------------------------------------------- ctr (contractors)
CREATE TABLE ctr (
    ctr_id   smallint PRIMARY KEY,
    ctr_nm   text NOT NULL,
    tel      varchar(20),
    appr     boolean NOT NULL DEFAULT false,
    ins_exp  date,
    day_rt   numeric(7,2)
);
COMMENT ON TABLE ctr IS 'Tree surgery contractors the council gives work to';
COMMENT ON COLUMN ctr.appr IS 'true = on the council''s approved contractor list';
COMMENT ON COLUMN ctr.ins_exp IS 'public liability insurance expiry date; NULL = no certificate on file';
COMMENT ON COLUMN ctr.day_rt IS 'day rate for a two-person climbing crew, GBP excluding VAT';

INSERT INTO ctr (ctr_id, ctr_nm, tel, appr, ins_exp, day_rt) VALUES
    (1,  'Oakwood Arboriculture Ltd',     '01632 960111', true,  date '2027-03-31', 780.00),
    (2,  'Treecare Solutions',            '01632 960245', true,  date '2026-12-31', 720.00),
    (3,  'J. Harris & Sons Tree Surgeons','01632 960302', true,  date '2027-06-30', 690.00),
    (4,  'Canopy Tree Services',          '01632 960418', true,  date '2026-09-30', 750.00),
    (5,  'Greenline Arborists',           '07700 900512', false, NULL,              640.00),
    (6,  'County Stump Grinding',         '01632 960623', true,  date '2027-01-31', 560.00),
    (7,  'Highreach Tree Surgery',        '01632 960777', true,  date '2027-04-30', 820.00),
    (8,  'Branch Out Ltd',                '07700 900845', false, date '2026-05-31', 610.00),
    (9,  'Timberline Tree Care',          '01632 960934', true,  date '2027-02-28', 700.00),
    (10, 'A1 Tree Felling',               '07700 900101', false, NULL,              NULL);

-- ---------------------------------------------------------------- tr (tree register)
CREATE TABLE tr (
    tree_id   integer PRIMARY KEY,
    spp_cd    varchar(6) NOT NULL REFERENCES spp (spp_cd),
    ward_id   smallint NOT NULL REFERENCES ward (ward_id),
    loc_txt   text NOT NULL,
    loc_typ   char(1) NOT NULL,
    x_e       integer NOT NULL,
    y_n       integer NOT NULL,
    ht_m      numeric(4,1) NOT NULL,
    dbh_cm    smallint,
    cond_cd   char(1) NOT NULL,
    tpo       boolean NOT NULL DEFAULT false,
    plant_dt  date,
    rmv_dt    date,
    upd_ts    timestamptz NOT NULL
);
COMMENT ON TABLE tr IS 'Tree register: every council-owned tree, one row per tree (removed trees are kept)';
COMMENT ON COLUMN tr.loc_txt IS 'street, park, cemetery or school the tree stands in';
COMMENT ON COLUMN tr.loc_typ IS 'S = street (pavement or verge), P = park, C = cemetery or churchyard, G = school or housing grounds';
COMMENT ON COLUMN tr.x_e IS 'British National Grid easting, metres';
COMMENT ON COLUMN tr.y_n IS 'British National Grid northing, metres';
COMMENT ON COLUMN tr.ht_m IS 'height in metres at the last survey';
COMMENT ON COLUMN tr.dbh_cm IS 'trunk diameter at 1.5 m, centimetres; NULL = not measured (young trees)';
COMMENT ON COLUMN tr.cond_cd IS 'condition: G = good, F = fair, P = poor, D = dead or dying';
COMMENT ON COLUMN tr.tpo IS 'true = protected by a Tree Preservation Order';
COMMENT ON COLUMN tr.plant_dt IS 'date planted; NULL = planted before the register started (date unknown)';
COMMENT ON COLUMN tr.rmv_dt IS 'date the tree was felled and removed; NULL = still standing';
COMMENT ON COLUMN tr.upd_ts IS 'last change to the record';

-- existing stock: trees 1..1500
INSERT INTO tr (tree_id, spp_cd, ward_id, loc_txt, loc_typ, x_e, y_n, ht_m, dbh_cm, cond_cd, tpo, plant_dt, rmv_dt, upd_ts)
WITH b AS (
    SELECT t,
           (ARRAY['ACPS','PLHI','PLHI','TIEU','TIEU','QURO','QURO','FREX','BEPE','BEPE','SOAU','PRAV',
                  'PRSE','PRSE','ACPL','CABE','AEHI','FASY','CRMO','PYCA','PYCA','TABA','PINI','ACPS'])[1 + (t * 11) % 24] AS spp_cd,
           1 + (t * 5) % 8 AS ward_id,
           CASE WHEN t % 10 IN (5, 6) THEN 'P' WHEN t % 10 = 7 THEN 'C' WHEN t % 10 = 8 THEN 'G' ELSE 'S' END AS loc_typ
    FROM generate_series(1, 1500) AS t
)
SELECT b.t, b.spp_cd, b.ward_id,
       CASE b.loc_typ
            WHEN 'S' THEN (ARRAY['Abbey Road','Church Street','Priory Walk','Castle Hill','Bridge Street','Tower Lane',
                                 'Eastfield Road','Orchard Close','Station Road','Greenhill Avenue','Beech Drive','Kingsway',
                                 'Mill Lane','Water Street','Tanners Row','Northgate','Victoria Road','Cromwell Street',
                                 'Market Place','Chapel Lane','Vicarage Road','Westbrook Road','Meadow Way','Linden Grove'])[1 + (b.ward_id - 1) * 3 + b.t % 3]
            WHEN 'P' THEN (ARRAY['Abbey Gardens','Castle Park','Eastfield Recreation Ground','Greenhill Park',
                                 'Millpond Park','Northgate Fields','St Mary''s Green','Westbrook Common'])[b.ward_id]
            WHEN 'C' THEN (ARRAY['St Mary''s Churchyard','Eastfield Cemetery'])[1 + b.t % 2]
            ELSE (ARRAY['Abbey Primary School','Greenhill Academy','Mill Lane Estate','Westbrook Court'])[1 + b.t % 4]
       END,
       b.loc_typ,
       451000 + b.ward_id * 700 + (b.t * 37) % 900,
       206000 + ((b.ward_id * 3) % 8) * 650 + (b.t * 53) % 800,
       round(s.mat_ht_m * (0.25 + ((b.t * 13) % 700) / 1000.0) + (b.t % 11) / 10.0, 1),
       CASE WHEN b.t % 37 = 0 THEN NULL
            ELSE round(s.mat_ht_m * (0.25 + ((b.t * 13) % 700) / 1000.0) * (2.2 + (b.t % 9) * 0.3))::smallint END,
       CASE WHEN b.t % 9 = 0 THEN 'F' ELSE 'G' END,
       b.t % 29 = 0 OR (b.loc_typ = 'C' AND b.t % 3 = 0),
       CASE WHEN b.t % 6 = 0 THEN date '1995-01-01' + (b.t * 41) % 10000 END,
       NULL,
       timestamptz '2023-12-01 16:00:00+00'
FROM b JOIN spp s ON s.spp_cd = b.spp_cd;

-- ---------------------------------------------------------------- insp (inspections)
CREATE TABLE insp (
    insp_id   integer PRIMARY KEY,
    tree_id   integer NOT NULL REFERENCES tr (tree_id),
    insp_dt   date NOT NULL,
    inspr     char(3) NOT NULL,
    insp_typ  char(1) NOT NULL,
    risk_gr   smallint NOT NULL,
    cond_cd   char(1) NOT NULL,
    act_req   boolean NOT NULL DEFAULT false,
    next_dt   date
);
COMMENT ON TABLE insp IS 'Tree inspections by the council''s tree officers';
COMMENT ON COLUMN insp.inspr IS 'initials of the tree officer';
COMMENT ON COLUMN insp.insp_typ IS 'R = routine survey, S = after a storm, C = in response to a complaint';
COMMENT ON COLUMN insp.risk_gr IS 'risk grade: 1 = low, 2 = moderate, 3 = high, 4 = very high (act within 24 hours)';
COMMENT ON COLUMN insp.cond_cd IS 'condition found: G = good, F = fair, P = poor, D = dead or dying';
COMMENT ON COLUMN insp.act_req IS 'true = the officer asked for tree work';
COMMENT ON COLUMN insp.next_dt IS 'when the next inspection is due; NULL = none (tree to be felled)';

INSERT INTO insp (insp_id, tree_id, insp_dt, inspr, insp_typ, risk_gr, cond_cd, act_req, next_dt)
WITH k AS (
    SELECT t.tree_id AS t, k,
           t.tree_id % 23 = 0 AS fell,
           (t.tree_id / 23) % 3 AS f,
           date '2024-01-08' + (t.tree_id * 7) % 300 AS d0
    FROM tr t CROSS JOIN generate_series(0, 2) AS k
    WHERE t.tree_id <= 1500 AND t.tree_id % 13 <> 0          -- every 13th tree was never inspected
), s AS (
    SELECT k.*,
           CASE k WHEN 0 THEN d0 WHEN 1 THEN d0 + 350 + t % 30 ELSE d0 + 720 + t % 20 END AS dt,
           fell AND k = f AS final,
           CASE WHEN (t * 7 + k * 13) % 20 <= 10 THEN 1
                WHEN (t * 7 + k * 13) % 20 <= 16 THEN 2
                WHEN (t * 7 + k * 13) % 20 <= 18 THEN 3
                ELSE 4 END AS rg
    FROM k
    WHERE CASE WHEN fell THEN k <= f
               ELSE k = 0 OR (k = 1 AND t % 4 <> 0) OR (k = 2 AND t % 3 = 0) END
)
SELECT row_number() OVER (ORDER BY dt, t),
       t, dt,
       (ARRAY['JMB','SKO','RAP','LTW'])[1 + (t + k) % 4],
       CASE WHEN k = 1 AND t % 11 = 0 THEN 'S' WHEN k = 2 AND t % 7 = 0 THEN 'C'
            WHEN final AND t % 2 = 0 THEN 'S' ELSE 'R' END,
       CASE WHEN final THEN 4 ELSE rg END,
       CASE WHEN final THEN 'D' WHEN rg >= 3 THEN 'P' WHEN rg = 2 THEN 'F' WHEN t % 5 = 0 THEN 'F' ELSE 'G' END,
       final OR rg >= 3 OR (rg = 2 AND (t + k) % 2 = 0),
       CASE WHEN final THEN NULL WHEN rg >= 3 THEN dt + 180 ELSE dt + 365 END
FROM s;

-- ---------------------------------------------------------------- cmpl (residents' complaints and requests)
CREATE TABLE cmpl (
    cmpl_id    integer PRIMARY KEY,
    rcvd_ts    timestamptz NOT NULL,
    ch         char(1) NOT NULL,
    cat_cd     char(2) NOT NULL,
    tree_id    integer,
    ward_id    smallint NOT NULL REFERENCES ward (ward_id),
    pc         varchar(8),
    closed_ts  timestamptz,
    resp_cd    char(1)
);
COMMENT ON TABLE cmpl IS 'Residents'' complaints and requests about trees';
COMMENT ON COLUMN cmpl.rcvd_ts IS 'when the complaint or request was received';
COMMENT ON COLUMN cmpl.ch IS 'how it came in: P = phone, E = email, W = web form, L = letter, C = referred by a councillor';
COMMENT ON COLUMN cmpl.cat_cd IS 'OH = overhanging branches, LV = leaves, fruit or sap, LT = blocking light, RT = roots or subsidence, DG = dangerous or fallen tree, NT = request for a new tree, OT = other';
COMMENT ON COLUMN cmpl.tree_id IS 'tree number (tr.tree_id) as noted by the call handler; no foreign key, not checked, a few numbers are wrong; NULL = no tree given or tree not identified';
COMMENT ON COLUMN cmpl.ward_id IS 'ward the complaint is about';
COMMENT ON COLUMN cmpl.pc IS 'resident''s postcode';
COMMENT ON COLUMN cmpl.closed_ts IS 'when the reply was sent and the case closed; NULL = still open';
COMMENT ON COLUMN cmpl.resp_cd IS 'outcome: W = tree work ordered, I = inspection arranged, N = no action needed, P = added to the planting list; NULL while open';

INSERT INTO cmpl (cmpl_id, rcvd_ts, ch, cat_cd, tree_id, ward_id, pc, closed_ts, resp_cd)
WITH b AS (
    SELECT c,
           timestamptz '2024-01-02 08:30:00+00' + c * interval '25 hours 13 minutes' + ((c * 37) % 480) * interval '1 minute' AS rcvd,
           (ARRAY['OH','OH','OH','LV','LV','LT','RT','DG','DG','NT','NT','OT','OH'])[1 + (c * 7) % 13] AS cat
    FROM generate_series(1, 1000) AS c
), t AS (
    SELECT b.*,
           CASE WHEN cat = 'NT' OR c % 11 = 0 THEN NULL
                WHEN c % 97 = 0 THEN 9000 + c                      -- mistyped tree numbers
                WHEN c % 5 = 0 THEN 1 + ((c / 5) % 40) * 31        -- trees that draw repeated complaints
                ELSE 1 + (c * 37) % 1500 END AS tree_id
    FROM b
), cl AS (
    SELECT t.*,
           CASE WHEN c % 23 = 0 THEN NULL
                WHEN rcvd + ((c * 7) % 40 + 1) * interval '1 day' + ((c * 3) % 8) * interval '1 hour' > timestamptz '2026-11-30 17:00:00+00' THEN NULL
                ELSE rcvd + ((c * 7) % 40 + 1) * interval '1 day' + ((c * 3) % 8) * interval '1 hour' END AS closed
    FROM t
)
SELECT cl.c, cl.rcvd,
       CASE WHEN (c * 3) % 10 <= 3 THEN 'P' WHEN (c * 3) % 10 <= 5 THEN 'E' WHEN (c * 3) % 10 <= 7 THEN 'W'
            WHEN (c * 3) % 10 = 8 THEN 'L' ELSE 'C' END,
       cl.cat, cl.tree_id,
       coalesce(tr.ward_id, 1 + (c * 5) % 9),
       (ARRAY['TN1','TN2','TN3','TN4','TN5','TN6'])[1 + c % 6] || ' ' || (1 + c % 9)::text || chr(65 + (c * 7) % 26) || chr(65 + (c * 11) % 26),
       cl.closed,
       CASE WHEN closed IS NULL THEN NULL
            WHEN cat = 'NT' THEN 'P'
            WHEN cat = 'DG' THEN 'W'
            WHEN c % 3 = 0 THEN 'W' WHEN c % 3 = 1 THEN 'N' ELSE 'I' END
FROM cl LEFT JOIN tr ON tr.tree_id = cl.tree_id;

-- ---------------------------------------------------------------- wo (work orders)
CREATE TABLE wo (
    wo_id      integer PRIMARY KEY,
    tree_id    integer NOT NULL REFERENCES tr (tree_id),
    insp_id    integer,
    ctr_id     smallint REFERENCES ctr (ctr_id),
    wo_typ     char(2) NOT NULL,
    prio       smallint NOT NULL,
    wo_stat    char(1) NOT NULL,
    raised_dt  date NOT NULL,
    done_dt    date,
    quote_amt  numeric(9,2),
    inv_amt    numeric(9,2),
    inv_dt     date,
    paid_dt    date
);
COMMENT ON TABLE wo IS 'Work orders for tree work, given to contractors';
COMMENT ON COLUMN wo.insp_id IS 'inspection (insp.insp_id) that asked for the work; no foreign key; NULL = raised from a resident''s complaint or as follow-up work';
COMMENT ON COLUMN wo.ctr_id IS 'contractor given the job; NULL = not given to a contractor yet';
COMMENT ON COLUMN wo.wo_typ IS 'PR = pruning, CR = crown reduction or lift, DW = deadwood removal, FL = felling, SG = stump grinding';
COMMENT ON COLUMN wo.prio IS '1 = emergency (within 24 hours), 2 = urgent (within 7 days), 3 = routine (within 3 months)';
COMMENT ON COLUMN wo.wo_stat IS 'R = raised, waiting for a contractor; A = assigned to a contractor; C = completed; X = cancelled';
COMMENT ON COLUMN wo.done_dt IS 'date the work was finished; NULL = not done';
COMMENT ON COLUMN wo.quote_amt IS 'contractor''s quote, GBP excluding VAT; NULL = no quote (emergency work on the schedule of rates, or not assigned yet)';
COMMENT ON COLUMN wo.inv_amt IS 'amount invoiced by the contractor, GBP excluding VAT; NULL = not invoiced yet';
COMMENT ON COLUMN wo.inv_dt IS 'date the contractor''s invoice was received; NULL = not invoiced yet';
COMMENT ON COLUMN wo.paid_dt IS 'date the council paid the invoice; NULL = not paid yet';

INSERT INTO wo (wo_id, tree_id, insp_id, ctr_id, wo_typ, prio, wo_stat, raised_dt, done_dt, quote_amt, inv_amt, inv_dt, paid_dt)
WITH src AS (
    SELECT i.tree_id, i.insp_id,
           CASE WHEN i.next_dt IS NULL THEN 'FL' ELSE (ARRAY['PR','CR','DW','PR'])[1 + i.insp_id % 4] END AS typ,
           CASE WHEN i.risk_gr = 4 THEN 1 WHEN i.risk_gr = 3 THEN 2 ELSE 3 END AS prio,
           i.insp_dt + CASE WHEN i.risk_gr = 4 THEN i.insp_id % 2 ELSE 1 + i.insp_id % 10 END AS raised
    FROM insp i
    WHERE i.act_req
    UNION ALL
    SELECT c.tree_id, NULL,
           CASE c.cat_cd WHEN 'DG' THEN 'DW' WHEN 'OH' THEN 'PR' ELSE 'CR' END,
           CASE WHEN c.cat_cd = 'DG' THEN 1 ELSE 3 END,
           (c.closed_ts AT TIME ZONE 'UTC')::date
    FROM cmpl c JOIN tr t ON t.tree_id = c.tree_id
    WHERE c.resp_cd = 'W' AND t.tree_id % 23 <> 0
), n AS (
    SELECT src.*, t.tpo, (row_number() OVER (ORDER BY raised, src.tree_id, typ))::int AS id
    FROM src JOIN tr t ON t.tree_id = src.tree_id
), s AS (
    SELECT n.*,
           raised + CASE prio WHEN 1 THEN id % 2 WHEN 2 THEN 2 + id % 6 ELSE 10 + (id * 7) % 80 END AS done_cand,
           CASE typ WHEN 'PR' THEN 180 + (id * 13) % 420
                    WHEN 'CR' THEN 350 + (id * 17) % 850
                    WHEN 'DW' THEN 150 + (id * 11) % 350
                    ELSE 400 + (id * 19) % 2100 END + (id % 2) * 0.5 AS base
    FROM n
), st AS (
    SELECT s.*,
           CASE WHEN typ = 'FL' AND tpo THEN 'X'                   -- felling refused for protected trees
                WHEN id % 17 = 0 AND raised <= date '2026-10-15' THEN 'X'
                WHEN done_cand > date '2026-11-30' OR (raised > date '2026-10-15' AND prio > 1)
                     THEN CASE WHEN id % 3 = 0 THEN 'R' ELSE 'A' END
                WHEN id % 41 = 0 THEN 'A'
                ELSE 'C' END AS stat
    FROM s
), q AS (
    SELECT st.*,
           CASE WHEN stat = 'R' THEN NULL ELSE 1 + (id * 7) % 8 END AS ctr,
           CASE WHEN stat = 'R' OR id % 9 = 0 THEN NULL ELSE base END AS quote,
           CASE WHEN stat = 'C' AND id % 13 <> 0 AND done_cand + 5 + id % 20 <= date '2026-11-30'
                THEN done_cand + 5 + id % 20 END AS inv
    FROM st
)
SELECT id, tree_id, insp_id, ctr, typ, prio, stat, raised,
       CASE WHEN stat = 'C' THEN done_cand END,
       quote,
       CASE WHEN inv IS NOT NULL THEN round(coalesce(quote, base) * (1 + ((id % 7) - 2) / 50.0), 2) END,
       inv,
       CASE WHEN inv IS NOT NULL AND id % 29 <> 0 AND inv + 14 + id % 30 <= date '2026-11-30' THEN inv + 14 + id % 30 END
FROM q;

-- stump grinding after completed fellings (every other felled tree), always County Stump Grinding
INSERT INTO wo (wo_id, tree_id, insp_id, ctr_id, wo_typ, prio, wo_stat, raised_dt, done_dt, quote_amt, inv_amt, inv_dt, paid_dt)
WITH f AS (
    SELECT w.tree_id, w.done_dt + 10 AS raised,
           w.done_dt + 10 + 5 + w.tree_id % 10 AS done_cand,
           90 + (w.tree_id * 7) % 160 AS quote,
           (SELECT max(wo_id) FROM wo) + row_number() OVER (ORDER BY w.done_dt, w.tree_id) AS id
    FROM wo w
    WHERE w.wo_typ = 'FL' AND w.wo_stat = 'C' AND w.tree_id % 2 = 0
), g AS (
    SELECT f.*,
           CASE WHEN done_cand <= date '2026-11-30' THEN 'C' ELSE 'A' END AS stat,
           CASE WHEN done_cand + 7 <= date '2026-11-30' THEN done_cand + 7 END AS inv
    FROM f
)
SELECT id, tree_id, NULL, 6, 'SG', 3, stat, raised,
       CASE WHEN stat = 'C' THEN done_cand END,
       quote,
       CASE WHEN stat = 'C' AND inv IS NOT NULL THEN quote END,
       CASE WHEN stat = 'C' THEN inv END,
       CASE WHEN stat = 'C' AND inv + 21 <= date '2026-11-30' THEN inv + 21 END
FROM g;

UPDATE tr SET rmv_dt = w.done_dt, cond_cd = 'D'
FROM wo w
WHERE w.tree_id = tr.tree_id AND w.wo_typ = 'FL' AND w.wo_stat = 'C';

-- ---------------------------------------------------------------- new plantings: trees 1501..1740 in the register
INSERT INTO tr (tree_id, spp_cd, ward_id, loc_txt, loc_typ, x_e, y_n, ht_m, dbh_cm, cond_cd, tpo, plant_dt, rmv_dt, upd_ts)
WITH p AS (
    SELECT p,
           CASE WHEN p <= 60  THEN date '2024-01-10' + ((p - 1) * 5) / 4
                WHEN p <= 140 THEN date '2024-11-12' + ((p - 61) * 16) / 10
                WHEN p <= 225 THEN date '2025-11-10' + ((p - 141) * 3) / 2
                ELSE date '2026-11-09' + (p - 226) END AS pdt,
           1 + (p * 3) % 8 AS ward_id,
           CASE WHEN p % 4 = 2 THEN 'P' WHEN p % 4 = 3 THEN 'G' ELSE 'S' END AS loc_typ,
           CASE WHEN (p * 3) % 10 <= 2 THEN 1.2 WHEN (p * 3) % 10 <= 6 THEN 2.5 WHEN (p * 3) % 10 <= 8 THEN 3.5 ELSE 4.5 END AS ht
    FROM generate_series(1, 240) AS p
)
SELECT 1500 + p,
       (ARRAY['BEPE','SOAU','PRAV','PRSE','ACPL','CABE','CRMO','PYCA','LIST','QURO','TIEU','LIST','CABE'])[1 + (p * 5) % 13],
       ward_id,
       CASE loc_typ
            WHEN 'S' THEN (ARRAY['Abbey Road','Church Street','Priory Walk','Castle Hill','Bridge Street','Tower Lane',
                                 'Eastfield Road','Orchard Close','Station Road','Greenhill Avenue','Beech Drive','Kingsway',
                                 'Mill Lane','Water Street','Tanners Row','Northgate','Victoria Road','Cromwell Street',
                                 'Market Place','Chapel Lane','Vicarage Road','Westbrook Road','Meadow Way','Linden Grove'])[1 + (ward_id - 1) * 3 + p % 3]
            WHEN 'P' THEN (ARRAY['Abbey Gardens','Castle Park','Eastfield Recreation Ground','Greenhill Park',
                                 'Millpond Park','Northgate Fields','St Mary''s Green','Westbrook Common'])[ward_id]
            ELSE (ARRAY['Abbey Primary School','Greenhill Academy','Mill Lane Estate','Westbrook Court'])[1 + p % 4]
       END,
       loc_typ,
       451000 + ward_id * 700 + (p * 41) % 900,
       206000 + ((ward_id * 3) % 8) * 650 + (p * 59) % 800,
       ht, NULL, 'G', false, pdt, NULL,
       pdt + time '15:30'
FROM p;

-- ---------------------------------------------------------------- plt (plantings)
CREATE TABLE plt (
    plt_id    integer PRIMARY KEY,
    tree_id   integer NOT NULL REFERENCES tr (tree_id),
    plt_dt    date NOT NULL,
    stock_cd  char(2) NOT NULL,
    cost      numeric(8,2) NOT NULL,
    fund_cd   char(1) NOT NULL,
    cmpl_id   integer,
    wtr_bag   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE plt IS 'New trees planted by the team (each also gets a row in the tree register)';
COMMENT ON COLUMN plt.stock_cd IS 'nursery stock size: WH = whip, FS = feathered or standard, HS = heavy standard, ES = extra-heavy standard';
COMMENT ON COLUMN plt.cost IS 'tree, stake, tie, pit preparation and labour, GBP excluding VAT';
COMMENT ON COLUMN plt.fund_cd IS 'who paid: C = council budget, G = government grant, S = sponsored by a resident or business, D = developer contribution';
COMMENT ON COLUMN plt.cmpl_id IS 'resident''s request (cmpl.cmpl_id) that led to the planting; no foreign key; NULL = not requested by a resident';
COMMENT ON COLUMN plt.wtr_bag IS 'true = fitted with a slow-release watering bag';

INSERT INTO plt (plt_id, tree_id, plt_dt, stock_cd, cost, fund_cd, cmpl_id, wtr_bag)
SELECT p, 1500 + p, t.plant_dt,
       CASE WHEN (p * 3) % 10 <= 2 THEN 'WH' WHEN (p * 3) % 10 <= 6 THEN 'FS' WHEN (p * 3) % 10 <= 8 THEN 'HS' ELSE 'ES' END,
       CASE WHEN (p * 3) % 10 <= 2 THEN 45 WHEN (p * 3) % 10 <= 6 THEN 185 WHEN (p * 3) % 10 <= 8 THEN 320 ELSE 640 END + (p % 7) * 5,
       CASE WHEN p % 8 <= 3 THEN 'C' WHEN p % 8 <= 5 THEN 'G' WHEN p % 8 = 6 THEN 'S' ELSE 'D' END,
       NULL,
       (p * 3) % 10 >= 7 OR p % 4 = 0
FROM generate_series(1, 240) AS p
JOIN tr t ON t.tree_id = 1500 + p;

-- residents' new-tree requests that were put on the planting list: every third planting answers one
UPDATE plt SET cmpl_id = r.cmpl_id
FROM (SELECT cmpl_id, row_number() OVER (ORDER BY cmpl_id) AS rn FROM cmpl WHERE resp_cd = 'P') r
WHERE plt.plt_id = r.rn * 3;

-- ---------------------------------------------------------------- aftc (aftercare visits)
CREATE TABLE aftc (
    vis_id   integer PRIMARY KEY,
    plt_id   integer NOT NULL REFERENCES plt (plt_id),
    vis_dt   date NOT NULL,
    wtr_l    smallint NOT NULL DEFAULT 0,
    act_cd   char(1) NOT NULL,
    hlth_cd  char(1) NOT NULL,
    by_ctr   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE aftc IS 'Aftercare visits to newly planted trees';
COMMENT ON COLUMN aftc.wtr_l IS 'water given, litres (0 = none)';
COMMENT ON COLUMN aftc.act_cd IS 'main task: W = watering, M = mulching and weeding, S = stake and tie check, F = formative pruning';
COMMENT ON COLUMN aftc.hlth_cd IS 'health seen: H = healthy, S = stressed, D = dead (to be replaced)';
COMMENT ON COLUMN aftc.by_ctr IS 'true = visit done by a contractor, false = by the council''s own crew';

INSERT INTO aftc (vis_id, plt_id, vis_dt, wtr_l, act_cd, hlth_cd, by_ctr)
WITH v AS (
    SELECT p.plt_id, k, p.plt_dt + 21 + k * 28 + p.plt_id % 5 AS vis_dt
    FROM plt p CROSS JOIN generate_series(0, 15) AS k
    WHERE p.plt_id % 17 <> 0                                  -- a few plantings were never visited
      AND (p.plt_id % 19 <> 0 OR k <= 3)                     -- trees found dead get no further visits
)
SELECT row_number() OVER (ORDER BY vis_dt, plt_id), plt_id, vis_dt,
       CASE WHEN extract(month FROM vis_dt) BETWEEN 4 AND 9 THEN 60 + (plt_id % 4) * 20 ELSE 0 END,
       CASE WHEN k % 6 = 5 THEN 'F' WHEN extract(month FROM vis_dt) BETWEEN 4 AND 9 THEN 'W' WHEN k % 2 = 0 THEN 'M' ELSE 'S' END,
       CASE WHEN plt_id % 19 = 0 AND k = 3 THEN 'D' WHEN (plt_id + k) % 9 = 0 THEN 'S' ELSE 'H' END,
       plt_id % 3 = 0
FROM v
WHERE vis_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- register kept up to date from inspections and aftercare
UPDATE tr SET cond_cd = li.cond_cd, upd_ts = li.insp_dt + time '16:00'
FROM (SELECT DISTINCT ON (tree_id) tree_id, cond_cd, insp_dt FROM insp ORDER BY tree_id, insp_dt DESC) li
WHERE li.tree_id = tr.tree_id AND tr.rmv_dt IS NULL;

UPDATE tr SET upd_ts = tr.rmv_dt + time '16:00' WHERE tr.rmv_dt IS NOT NULL;

UPDATE tr SET cond_cd = CASE la.hlth_cd WHEN 'D' THEN 'D' WHEN 'S' THEN 'F' ELSE 'G' END,
              upd_ts = la.vis_dt + time '16:00'
FROM (SELECT DISTINCT ON (p.tree_id) p.tree_id, a.hlth_cd, a.vis_dt
      FROM aftc a JOIN plt p ON p.plt_id = a.plt_id
      ORDER BY p.tree_id, a.vis_dt DESC) la
WHERE la.tree_id = tr.tree_id;
