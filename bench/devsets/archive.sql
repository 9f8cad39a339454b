-- Made-up schema: a municipal records archive (collections of city records, archive boxes, shelf
-- locations, registered readers, reading-room requests, copy orders, conservation treatments and
-- items lent to exhibitions). Data are deterministic (generate_series and modulo arithmetic, no
-- random()); data cut-off is 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS exh_loan;
DROP TABLE IF EXISTS cons_trt;
DROP TABLE IF EXISTS cpy_ord;
DROP TABLE IF EXISTS rr_req;
DROP TABLE IF EXISTS rdr;
DROP TABLE IF EXISTS box;
DROP TABLE IF EXISTS shlf_loc;
DROP TABLE IF EXISTS coll;

-- ---------------------------------------------------------------- coll (collections / fonds)
CREATE TABLE coll (
    coll_id   integer PRIMARY KEY,
    coll_cd   varchar(8) NOT NULL UNIQUE,
    coll_ttl  text NOT NULL,
    dept_cd   char(3) NOT NULL,
    yr_from   smallint NOT NULL,
    yr_to     smallint,
    access_cd char(1) NOT NULL,
    acc_dt    date NOT NULL
);
COMMENT ON TABLE coll IS 'Collections (fonds) of records transferred to the archive by city departments';
COMMENT ON COLUMN coll.coll_cd IS 'archive reference code of the collection, e.g. F007';
COMMENT ON COLUMN coll.dept_cd IS 'department that created the records: CCL = city council, PWK = public works, PRK = parks, POL = police, FIR = fire brigade, BLD = building control, HRB = harbour board, SCH = schools board';
COMMENT ON COLUMN coll.yr_from IS 'first year covered by the records';
COMMENT ON COLUMN coll.yr_to IS 'last year covered; NULL = open collection, the department still transfers records';
COMMENT ON COLUMN coll.access_cd IS 'O = open to every reader, R = restricted: needs written permission from the city clerk, C = closed (personal data under embargo), never produced in the reading room';
COMMENT ON COLUMN coll.acc_dt IS 'date the collection was accessioned (taken in)';

INSERT INTO coll (coll_id, coll_cd, coll_ttl, dept_cd, yr_from, yr_to, access_cd, acc_dt)
SELECT g,
       'F' || lpad(g::text, 3, '0'),
       (ARRAY['City Council','Public Works','Parks Department','Police','Fire Brigade','Building Control',
              'Harbour Board','Schools Board'])[1 + (g - 1) / 5]
         || ' ' || (ARRAY['minutes','correspondence','plans and drawings','registers','photographs'])[1 + (g - 1) % 5],
       (ARRAY['CCL','PWK','PRK','POL','FIR','BLD','HRB','SCH'])[1 + (g - 1) / 5],
       (1880 + (g * 17) % 90)::smallint,
       CASE WHEN g % 6 = 0 THEN NULL ELSE least(2020, 1880 + (g * 17) % 90 + 10 + (g * 7) % 50) END,
       CASE WHEN g % 9 = 0 THEN 'C' WHEN g % 4 = 0 THEN 'R' ELSE 'O' END,
       date '1998-05-04' + g * 257
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- shlf_loc (shelves)
CREATE TABLE shlf_loc (
    loc_id   integer PRIMARY KEY,
    bldg_cd  char(2) NOT NULL,
    room_cd  varchar(4) NOT NULL,
    rng_no   smallint NOT NULL,
    shlf_no  smallint NOT NULL,
    clim_ctl boolean NOT NULL,
    cap_box  smallint NOT NULL
);
COMMENT ON TABLE shlf_loc IS 'Shelves in the stacks';
COMMENT ON COLUMN shlf_loc.bldg_cd IS 'MA = main building (City Hall basement), AN = annex on Quay Street, OS = off-site depot at the industrial park (van runs once a day)';
COMMENT ON COLUMN shlf_loc.room_cd IS 'strongroom within the building';
COMMENT ON COLUMN shlf_loc.rng_no IS 'shelving range (row) within the room';
COMMENT ON COLUMN shlf_loc.shlf_no IS 'shelf within the range, 1 = bottom';
COMMENT ON COLUMN shlf_loc.clim_ctl IS 'room is climate controlled';
COMMENT ON COLUMN shlf_loc.cap_box IS 'how many boxes fit on the shelf';

INSERT INTO shlf_loc (loc_id, bldg_cd, room_cd, rng_no, shlf_no, clim_ctl, cap_box)
SELECT g,
       CASE WHEN g <= 60 THEN 'MA' WHEN g <= 96 THEN 'AN' ELSE 'OS' END,
       CASE WHEN g <= 60 THEN 'B' || (1 + (g - 1) / 20)
            WHEN g <= 96 THEN 'A' || (1 + (g - 61) / 18)
            ELSE 'D1' END,
       (1 + ((g - 1) % 20) / 5)::smallint,
       (1 + (g - 1) % 5)::smallint,
       g <= 60 OR g > 96 OR g % 2 = 0,
       (12 + (g % 3) * 4)::smallint
FROM generate_series(1, 120) AS g;

-- ---------------------------------------------------------------- box (archive boxes)
CREATE TABLE box (
    box_id   integer PRIMARY KEY,
    coll_id  integer NOT NULL REFERENCES coll (coll_id),
    box_no   smallint NOT NULL,
    loc_id   integer REFERENCES shlf_loc (loc_id),
    file_cnt smallint NOT NULL,
    cond_cd  char(1) NOT NULL,
    scan_dt  date
);
COMMENT ON TABLE box IS 'Archive boxes; the unit readers order and that is lent out';
COMMENT ON COLUMN box.box_no IS 'box number within its collection';
COMMENT ON COLUMN box.loc_id IS 'shelf the box is kept on; NULL = not shelved yet (still being catalogued)';
COMMENT ON COLUMN box.file_cnt IS 'number of files (folders) in the box';
COMMENT ON COLUMN box.cond_cd IS 'G = good, F = fair, P = poor (fragile, handle with care), D = damaged: withdrawn from use until treated';
COMMENT ON COLUMN box.scan_dt IS 'date the box was digitized; NULL = not scanned';

INSERT INTO box (box_id, coll_id, box_no, loc_id, file_cnt, cond_cd, scan_dt)
WITH b AS (
    SELECT g, 1 + (((g * 7919) % 1200) * ((g * 7919) % 1200)) / 36000 AS coll_id
    FROM generate_series(1, 1200) AS g
)
SELECT g, coll_id,
       row_number() OVER (PARTITION BY coll_id ORDER BY g),
       CASE WHEN g % 53 = 0 OR coll_id = 40 THEN NULL          -- F040 (taken in 2026) is still being catalogued
            ELSE 1 + (g * 13) % 114 END,
       (5 + (g * 17) % 60)::smallint,
       CASE WHEN g % 31 = 0 THEN 'D' WHEN g % 11 = 0 THEN 'P' WHEN g % 4 = 0 THEN 'F' ELSE 'G' END,
       CASE WHEN coll_id = 38 THEN date '2025-09-01' + g % 90        -- F038 fully scanned in autumn 2025
            WHEN g % 3 = 0 OR coll_id % 10 = 1 THEN date '2019-02-01' + (g * 37) % 2850 END
FROM b;

-- ---------------------------------------------------------------- rdr (registered readers)
CREATE TABLE rdr (
    rdr_id   integer PRIMARY KEY,
    sur_nm   text NOT NULL,
    giv_nm   text NOT NULL,
    email    text,
    rdr_cat  char(2) NOT NULL,
    reg_dt   date NOT NULL,
    card_exp date,
    susp_flg boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE rdr IS 'Readers registered for the reading room';
COMMENT ON COLUMN rdr.rdr_cat IS 'GP = general public, AC = academic researcher or student, GE = genealogist (family history), ST = municipal staff, PR = press / media, LG = lawyer or notary';
COMMENT ON COLUMN rdr.reg_dt IS 'date the reader registered';
COMMENT ON COLUMN rdr.card_exp IS 'reader card valid through this date; NULL = municipal staff, no expiry';
COMMENT ON COLUMN rdr.susp_flg IS 'reading-room privileges suspended';

INSERT INTO rdr (rdr_id, sur_nm, giv_nm, email, rdr_cat, reg_dt, card_exp, susp_flg)
WITH r AS (
    SELECT g,
           (ARRAY['Jansen','Okafor','Müller','Novak','Brennan','Rossi','Kowalski','Dubois','Haddad','Lindqvist',
                  'Tanaka','O''Neill','Petrov','Santos','Fischer','Nguyen','Walsh','Kaya','Moreau','Horvat',
                  'Byrne','Larsen','Costa','Schmidt','Murphy','Ivanova','Silva','Weber','Doyle'])[1 + (g * 7) % 29] AS sur_nm,
           (ARRAY['Anna','Peter','Maria','Tomas','Grace','Ahmed','Sofia','Jan','Eva','Liam','Yuki','Olga',
                  'Mark','Chiara','David','Ines','Paul','Leila','Ruth','Karl','Nora','Sean','Marta','Ivan'])[1 + g % 24] AS giv_nm,
           CASE WHEN g IN (455, 456, 457) THEN 'GE'
                ELSE (ARRAY['GP','GE','AC','GP','GE','PR','AC','GP','LG','GE','ST','GP','AC'])[1 + (g * 5) % 13] END AS rdr_cat,
           date '2021-01-04' + (g * 227) / 55 AS reg_dt
    FROM generate_series(1, 520) AS g
)
SELECT g, sur_nm, giv_nm,
       CASE WHEN g % 13 = 0 THEN NULL ELSE lower(giv_nm || '.' || replace(sur_nm, '''', '') || g || '@mail.example') END,
       rdr_cat, reg_dt,
       CASE WHEN rdr_cat = 'ST' THEN NULL ELSE (reg_dt + interval '3 years' - interval '1 day')::date END,
       g % 47 = 0
FROM r;

-- ---------------------------------------------------------------- rr_req (reading-room requests)
CREATE TABLE rr_req (
    req_id  integer PRIMARY KEY,
    rdr_id  integer NOT NULL REFERENCES rdr (rdr_id),
    box_id  integer NOT NULL REFERENCES box (box_id),
    ord_ts  timestamptz NOT NULL,
    dlv_ts  timestamptz,
    ret_ts  timestamptz,
    st_cd   char(1) NOT NULL,
    desk_no smallint
);
COMMENT ON TABLE rr_req IS 'Boxes ordered by readers to consult in the reading room';
COMMENT ON COLUMN rr_req.ord_ts IS 'when the reader ordered the box';
COMMENT ON COLUMN rr_req.dlv_ts IS 'when the box was handed to the reader at the desk; NULL = not delivered (still waiting, or cancelled)';
COMMENT ON COLUMN rr_req.ret_ts IS 'when the reader handed the box back; NULL = not returned yet (or never delivered)';
COMMENT ON COLUMN rr_req.st_cd IS 'O = ordered, waiting for the stacks; D = delivered, with the reader; R = returned; X = cancelled';
COMMENT ON COLUMN rr_req.desk_no IS 'reading-room desk (1-16) the box went to; NULL until delivered';

INSERT INTO rr_req (req_id, rdr_id, box_id, ord_ts, dlv_ts, ret_ts, st_cd, desk_no)
WITH eb0 AS (                              -- boxes that can be produced: shelved, not damaged, not closed
    SELECT b.box_id, b.coll_id, l.bldg_cd
    FROM box b JOIN coll c ON c.coll_id = b.coll_id JOIN shlf_loc l ON l.loc_id = b.loc_id
    WHERE c.access_cd <> 'C' AND b.cond_cd <> 'D'
), eb AS (                                 -- from 2026 on, the scanned F038 is seen on screen only
    SELECT p.era, eb0.box_id, eb0.bldg_cd,
           row_number() OVER (PARTITION BY p.era ORDER BY eb0.box_id) AS rn,
           count(*) OVER (PARTITION BY p.era) AS n
    FROM eb0 CROSS JOIN (VALUES (1), (2)) AS p (era)
    WHERE p.era = 1 OR eb0.coll_id <> 38
), q AS (
    SELECT g,
           timestamptz '2023-01-02 08:30:00+00' + ((g * 1428) / 5200) * interval '1 day'
             + ((g * 7) % 9) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute' AS ord_ts
    FROM generate_series(1, 5200) AS g
), q2 AS (
    SELECT q.*, (SELECT max(rdr_id) FROM rdr WHERE reg_dt <= (q.ord_ts AT TIME ZONE 'UTC')::date) AS maxr
    FROM q
), q3 AS (
    SELECT q2.*,
           1 + (((g * 7901) % maxr) * ((g * 7901) % maxr)) / maxr AS r0,
           CASE WHEN ord_ts < timestamptz '2026-01-01 00:00:00+00' THEN 1 ELSE 2 END AS era
    FROM q2
), q4 AS (
    SELECT q3.g, q3.ord_ts,
           CASE WHEN r0 % 9 = 0 THEN r0 - 1 ELSE r0 END AS rdr_id,
           eb.box_id, eb.bldg_cd
    FROM q3
    JOIN (SELECT era, max(n) AS nb FROM eb GROUP BY era) AS ne ON ne.era = q3.era
    JOIN eb ON eb.era = q3.era AND eb.rn = 1 + (((g * 7907) % nb) * ((g * 7907) % nb / 3 + 1)) % nb
), c AS (
    SELECT q4.*,
           CASE WHEN g % 19 = 0 THEN NULL
                ELSE ord_ts + CASE bldg_cd WHEN 'MA' THEN 15 + (g * 17) % 40
                                           WHEN 'AN' THEN 45 + (g * 17) % 60
                                           ELSE 1080 + (g * 17) % 120 END * interval '1 minute' END AS dlv_c
    FROM q4
), d AS (
    SELECT c.*,
           CASE WHEN dlv_c IS NULL OR g % 211 = 0 THEN NULL
                WHEN g % 97 = 0 THEN dlv_c + interval '4 days'
                ELSE dlv_c + (40 + (g * 23) % 320) * interval '1 minute' END AS ret_c
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN dlv_c <= timestamptz '2026-11-30 18:00:00+00' THEN dlv_c END AS dlv_ts,
           CASE WHEN ret_c <= timestamptz '2026-11-30 18:00:00+00' THEN ret_c END AS ret_ts
    FROM d
)
SELECT g, rdr_id, box_id, ord_ts, dlv_ts, ret_ts,
       CASE WHEN g % 19 = 0 THEN 'X' WHEN dlv_ts IS NULL THEN 'O' WHEN ret_ts IS NULL THEN 'D' ELSE 'R' END,
       CASE WHEN dlv_ts IS NOT NULL THEN 1 + (g * 7) % 16 END
FROM e;

-- ---------------------------------------------------------------- cpy_ord (copy orders)
CREATE TABLE cpy_ord (
    co_id   integer PRIMARY KEY,
    rdr_id  integer NOT NULL REFERENCES rdr (rdr_id),
    box_id  integer NOT NULL,
    ord_dt  date NOT NULL,
    fmt_cd  char(3) NOT NULL,
    pg_cnt  integer NOT NULL,
    fee     numeric(8,2) NOT NULL,
    paid_dt date
);
COMMENT ON TABLE cpy_ord IS 'Orders for copies of documents';
COMMENT ON COLUMN cpy_ord.box_id IS 'box (box.box_id) the copies are made from';
COMMENT ON COLUMN cpy_ord.fmt_cd IS 'PDF = scan delivered as PDF, TIF = high-resolution TIFF scan, PAP = paper photocopy, CRT = certified paper copy';
COMMENT ON COLUMN cpy_ord.pg_cnt IS 'number of pages copied';
COMMENT ON COLUMN cpy_ord.fee IS 'fee charged, EUR (pages beyond 100 at half rate, minimum 2.00); 0 for municipal staff';
COMMENT ON COLUMN cpy_ord.paid_dt IS 'date the fee was paid; NULL = not paid yet (free orders are marked paid on the order date)';

INSERT INTO cpy_ord (co_id, rdr_id, box_id, ord_dt, fmt_cd, pg_cnt, fee, paid_dt)
WITH dr AS (                               -- copies are ordered from boxes the reader has seen
    SELECT q.rdr_id, q.box_id, (q.dlv_ts AT TIME ZONE 'UTC')::date AS d,
           row_number() OVER (ORDER BY q.req_id) AS rn, count(*) OVER () AS n
    FROM rr_req q WHERE q.dlv_ts IS NOT NULL
), o AS (
    SELECT g, dr.rdr_id, dr.box_id, dr.d AS ord_dt, r.rdr_cat,
           (ARRAY['PDF','PDF','PDF','TIF','PAP','PAP','CRT'])[1 + (g * 5) % 7] AS fmt_cd
    FROM generate_series(1, 1600) AS g
    JOIN dr ON dr.rn = 1 + (g * 3491) % dr.n
    JOIN rdr r ON r.rdr_id = dr.rdr_id
), p AS (
    SELECT o.*,
           CASE WHEN fmt_cd = 'CRT' THEN 1 + g % 6 ELSE 1 + (g * 37) % 180 END AS pg_cnt,
           CASE fmt_cd WHEN 'PDF' THEN 0.25 WHEN 'TIF' THEN 1.50 WHEN 'PAP' THEN 0.40 ELSE 12.00 END AS rate
    FROM o
), f AS (
    SELECT p.*,
           CASE WHEN rdr_cat = 'ST' THEN 0
                ELSE greatest(2.00, round(rate * least(pg_cnt, 100) + rate * 0.5 * greatest(pg_cnt - 100, 0), 2)) END AS fee
    FROM p
)
SELECT g, rdr_id, box_id, ord_dt, fmt_cd, pg_cnt, fee,
       CASE WHEN fee = 0 THEN ord_dt
            WHEN g % 29 = 0 THEN NULL
            WHEN ord_dt + (g * 7) % 15 > date '2026-11-30' THEN NULL
            ELSE ord_dt + (g * 7) % 15 END
FROM f;

-- ---------------------------------------------------------------- cons_trt (conservation treatments)
CREATE TABLE cons_trt (
    trt_id  integer PRIMARY KEY,
    box_id  integer NOT NULL REFERENCES box (box_id),
    trt_cd  char(2) NOT NULL,
    st_dt   date NOT NULL,
    end_dt  date,
    cost    numeric(9,2),
    cnsv    text NOT NULL
);
COMMENT ON TABLE cons_trt IS 'Conservation work done on boxes';
COMMENT ON COLUMN cons_trt.trt_cd IS 'CL = surface cleaning, DA = deacidification, MR = mould removal, RP = paper repair / rebinding, EN = encapsulation in polyester, RH = rehousing into new folders and box';
COMMENT ON COLUMN cons_trt.st_dt IS 'date the treatment started';
COMMENT ON COLUMN cons_trt.end_dt IS 'date the treatment was finished; NULL = still in progress';
COMMENT ON COLUMN cons_trt.cost IS 'cost of the treatment (staff time and materials), EUR; NULL until finished';
COMMENT ON COLUMN cons_trt.cnsv IS 'conservator or outside lab who did the work';

INSERT INTO cons_trt (trt_id, box_id, trt_cd, st_dt, end_dt, cost, cnsv)
WITH fb AS (
    SELECT box_id, row_number() OVER (ORDER BY box_id) AS rn, count(*) OVER () AS n
    FROM box WHERE cond_cd IN ('F', 'P', 'D')
), t AS (
    SELECT g, fb.box_id,
           (ARRAY['CL','DA','MR','RP','EN','RH'])[1 + (g * 5) % 6] AS trt_cd,
           date '2022-01-10' + (g * 1780) / 420 AS st_dt
    FROM generate_series(1, 420) AS g
    JOIN fb ON fb.rn = 1 + (g * 37) % (fb.n / 2)
), e AS (
    SELECT t.*,
           st_dt + CASE trt_cd WHEN 'CL' THEN 3 WHEN 'DA' THEN 20 WHEN 'MR' THEN 30
                               WHEN 'RP' THEN 14 WHEN 'EN' THEN 7 ELSE 2 END + (g * 7) % 25 AS end_c
    FROM t
)
SELECT g, box_id, trt_cd, st_dt,
       CASE WHEN g % 41 = 0 OR end_c > date '2026-11-30' THEN NULL ELSE end_c END,
       CASE WHEN g % 41 = 0 OR end_c > date '2026-11-30' THEN NULL
            ELSE CASE trt_cd WHEN 'CL' THEN 40 WHEN 'DA' THEN 320 WHEN 'MR' THEN 450
                             WHEN 'RP' THEN 260 WHEN 'EN' THEN 120 ELSE 35 END
                 + (g * 13) % 300 + (g % 100) / 100.0 END,
       (ARRAY['M. Okafor','L. Brandt','S. Ferreira','Paperworks Lab Ltd'])[1 + g % 4]
FROM e;

-- ---------------------------------------------------------------- exh_loan (items lent to exhibitions)
CREATE TABLE exh_loan (
    loan_id   integer PRIMARY KEY,
    box_id    integer NOT NULL REFERENCES box (box_id),
    borr_inst text NOT NULL,
    exh_ttl   text NOT NULL,
    out_dt    date NOT NULL,
    due_dt    date NOT NULL,
    back_dt   date,
    ins_val   numeric(12,2) NOT NULL,
    loan_fee  numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE exh_loan IS 'Boxes lent out to exhibitions';
COMMENT ON COLUMN exh_loan.borr_inst IS 'borrowing museum, gallery or library';
COMMENT ON COLUMN exh_loan.out_dt IS 'date the item left the archive';
COMMENT ON COLUMN exh_loan.due_dt IS 'agreed return date';
COMMENT ON COLUMN exh_loan.back_dt IS 'date the item came back; NULL = still out on loan';
COMMENT ON COLUMN exh_loan.ins_val IS 'insured value, EUR (nail-to-nail cover paid by the borrower)';
COMMENT ON COLUMN exh_loan.loan_fee IS 'administration fee charged to the borrower, EUR; 0 for city institutions';

INSERT INTO exh_loan (loan_id, box_id, borr_inst, exh_ttl, out_dt, due_dt, back_dt, ins_val, loan_fee)
WITH gb AS (
    SELECT box_id, row_number() OVER (ORDER BY box_id) AS rn, count(*) OVER () AS n
    FROM box WHERE cond_cd IN ('G', 'F') AND loc_id IS NOT NULL
), l AS (
    SELECT g, 1 + (g - 1) / 5 AS ex, gb.box_id
    FROM generate_series(1, 160) AS g
    JOIN gb ON gb.rn = 1 + (g * 61) % gb.n
), m AS (
    SELECT l.*,
           (ARRAY['City Museum','Maritime Museum','Regional Art Gallery','University Library',
                  'Local History Society','Fire Brigade Museum','Modern Art Centre','National Archives'])[1 + ex % 8] AS borr_inst,
           date '2021-03-01' + ex * 62 AS out_dt
    FROM l
), n AS (
    SELECT m.*, out_dt + 90 + (ex % 4) * 30 AS due_dt FROM m
)
SELECT g, box_id, borr_inst,
       (ARRAY['The Harbour at Work','Streets of Our City','Fire!','Schools Then and Now','Parks and People',
              'Building the New Town','Policing the Port','Council at 150'])[1 + (ex * 3) % 8]
         || ' (' || extract(year FROM out_dt)::int || ')',
       out_dt, due_dt,
       CASE WHEN g % 23 = 0 OR due_dt - 2 + g % 6 > date '2026-11-30' THEN NULL ELSE due_dt - 2 + g % 6 END,
       5000 + (g * 1373) % 95000,
       CASE WHEN borr_inst IN ('City Museum','Fire Brigade Museum') THEN 0 ELSE 150 + (ex % 3) * 50 END
FROM n;
