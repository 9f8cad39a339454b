-- Made-up schema: an independent bicycle repair and sales workshop (customer file, bikes booked in,
-- repair job cards, job lines for labour and fitted parts, parts stock, supplier reorders,
-- bike sales with trade-ins, warranty claims back to manufacturers). Money in GBP, ex VAT.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS warr_clm;
DROP TABLE IF EXISTS job_ln;
DROP TABLE IF EXISTS part_ord;
DROP TABLE IF EXISTS bike_sale;
DROP TABLE IF EXISTS job_card;
DROP TABLE IF EXISTS part;
DROP TABLE IF EXISTS bike;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customer file)
CREATE TABLE cust (
    cust_no    integer PRIMARY KEY,
    surname    text NOT NULL,
    forename   text,
    tel        varchar(20),
    email      text,
    pcode      varchar(8),
    acct_typ   char(1) NOT NULL DEFAULT 'R',
    mktg_ok    char(1) NOT NULL DEFAULT 'N',
    first_seen date
);
COMMENT ON TABLE cust IS 'Customer file: everyone who has booked a bike in or bought one, trade accounts included';
COMMENT ON COLUMN cust.surname IS 'surname, or the company name for trade accounts';
COMMENT ON COLUMN cust.pcode IS 'postcode';
COMMENT ON COLUMN cust.acct_typ IS 'R = retail walk-in, T = trade account (couriers, hire fleets; invoiced monthly), C = cycling club member (10% off labour)';
COMMENT ON COLUMN cust.mktg_ok IS 'Y = agreed to receive the newsletter, N = no';
COMMENT ON COLUMN cust.first_seen IS 'date of first visit (first booking-in or first purchase); NULL = registered but never came in';

INSERT INTO cust (cust_no, surname, forename, tel, email, pcode, acct_typ, mktg_ok)
SELECT g, sn, fn,
       '07' || lpad(((g::bigint * 7919 * 104729) % 1000000000)::text, 9, '0'),
       CASE WHEN g % 11 = 0 THEN NULL
            WHEN g <= 8 THEN 'accounts' || g || '@example.com'
            ELSE lower(replace(fn || '.' || sn, '''', '')) || g || '@example.com' END,
       (ARRAY['BS1','BS2','BS3','BS5','BS6','BS7','BS8','BS16'])[1 + g % 8] || ' ' || (1 + g % 9)::text
           || chr(65 + g % 26) || chr(65 + (g * 3) % 26),
       CASE WHEN g <= 8 THEN 'T' WHEN g % 6 = 0 THEN 'C' ELSE 'R' END,
       CASE WHEN g % 3 = 0 THEN 'Y' ELSE 'N' END
FROM (
    SELECT g,
           CASE WHEN g <= 8 THEN (ARRAY['Pedal Express Couriers','Green Fork Deliveries','City Bike Hire Ltd','Velocity Couriers',
                                        'Harbour Hotel','Riverside University Estates','QuickBite Riders','Avon Police Cycle Unit'])[g]
                ELSE (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
                            'Robinson','Thompson','Evans','Walker','White','Roberts','Green','Hall','Khan','Wood',
                            'Clarke','Hughes','Edwards','O''Neill','Kowalski','Nowak','Okafor','Singh','Murphy','Ali'])[1 + (g * 7) % 30] END AS sn,
           CASE WHEN g <= 8 THEN NULL
                ELSE (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Jack','Mia','Noah','Grace','Leo','Freya',
                            'Arthur','Lily','Oscar','Sophie','Charlie','Zara','Tom','Ella','Ravi','Aisha','Piotr','Chloe'])[1 + (g * 5) % 24] END AS fn
    FROM generate_series(1, 420) AS g
) c;

-- ---------------------------------------------------------------- bike (bikes ever booked in)
CREATE TABLE bike (
    bike_id   integer PRIMARY KEY,
    cust_no   integer NOT NULL REFERENCES cust (cust_no),
    make      text NOT NULL,
    model     text,
    bk_typ    char(1) NOT NULL,
    mdl_yr    smallint,
    frame_no  varchar(20),
    colour    text,
    added_dt  date
);
COMMENT ON TABLE bike IS 'Bikes that have been booked into the workshop at least once, with their owner';
COMMENT ON COLUMN bike.bk_typ IS 'R = road, M = mountain, H = hybrid / commuter, E = electric (e-bike), F = folding, C = cargo, K = kids';
COMMENT ON COLUMN bike.mdl_yr IS 'model year; NULL = unknown';
COMMENT ON COLUMN bike.frame_no IS 'frame serial number; NULL = not recorded';
COMMENT ON COLUMN bike.added_dt IS 'date the bike was first booked in';

INSERT INTO bike (bike_id, cust_no, make, model, bk_typ, mdl_yr, frame_no, colour)
WITH m (idx, make, model, typ) AS (VALUES
    (1,'Trek','FX 3','H'), (2,'Trek','Domane AL 2','R'), (3,'Trek','Marlin 7','M'),
    (4,'Specialized','Sirrus X 2.0','H'), (5,'Specialized','Rockhopper','M'), (6,'Specialized','Turbo Vado 4.0','E'),
    (7,'Giant','Escape 2','H'), (8,'Giant','Contend AR 3','R'), (9,'Giant','Talon 2','M'),
    (10,'Brompton','C Line Explore','F'), (11,'Brompton','Electric P Line','E'), (12,'Raleigh','Pioneer','H'),
    (13,'Raleigh','Motus Grand Tour','E'), (14,'Cube','Nature EXC','H'), (15,'Cube','Attention','M'),
    (16,'Cannondale','CAAD Optimo 2','R'), (17,'Orbea','Orca M30','R'), (18,'Ribble','CGR AL','R'),
    (19,'Tern','GSD S10','C'), (20,'Riese & Muller','Load 60','C'), (21,'Frog','Frog 55','K'),
    (22,'Islabikes','Beinn 24','K'), (23,'Carrera','Subway 1','H'), (24,'Boardman','HYB 8.6','H'),
    (25,'Haibike','Trekking 4','E')
), b AS (
    SELECT g,
           CASE WHEN g <= 40 THEN 1 + (g - 1) % 8 ELSE 9 + (g * 11) % 372 END AS cust_no,
           CASE WHEN g <= 40 THEN (ARRAY[19, 20, 25, 13, 6])[1 + g % 5] ELSE 1 + (g * 7) % 25 END AS idx
    FROM generate_series(1, 500) AS g
)
SELECT b.g, b.cust_no, m.make, m.model, m.typ,
       CASE WHEN b.g % 13 = 0 THEN NULL ELSE (2012 + (b.g * 3) % 14)::smallint END,
       CASE WHEN b.g % 7 = 0 THEN NULL
            ELSE upper(left(m.make, 2)) || lpad(((b.g * 48271) % 10000000)::text, 7, '0') END,
       (ARRAY['black','white','red','blue','green','grey','orange','silver','yellow'])[1 + (b.g * 5) % 9]
FROM b JOIN m ON m.idx = b.idx;

-- ---------------------------------------------------------------- part (parts stock)
CREATE TABLE part (
    part_no   varchar(14) PRIMARY KEY,
    descr     text NOT NULL,
    cat_cd    char(2) NOT NULL,
    supp_cd   char(3) NOT NULL,
    cost_ea   numeric(8,2) NOT NULL,
    sell_ea   numeric(8,2) NOT NULL,
    qoh       integer NOT NULL,
    reord_lvl integer NOT NULL,
    reord_qty integer NOT NULL,
    disc_flg  char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE part IS 'Parts stock: every part number the workshop keeps, with price, quantity on the shelf and reorder rule';
COMMENT ON COLUMN part.cat_cd IS 'TY = tyres and inner tubes, BR = brakes, DR = drivetrain (chains, cassettes, bottom brackets), CB = cables and housing, WH = wheels, rims and spokes, EL = e-bike electrical, AC = accessories';
COMMENT ON COLUMN part.supp_cd IS 'usual supplier: MAD = Madison, ZYR = Zyro Fisher, CSG = Cycle Sport Group, BOS = Bosch eBike Systems UK';
COMMENT ON COLUMN part.cost_ea IS 'trade cost per unit, GBP';
COMMENT ON COLUMN part.sell_ea IS 'retail price per unit, GBP';
COMMENT ON COLUMN part.qoh IS 'quantity on hand (on the shelf now)';
COMMENT ON COLUMN part.reord_lvl IS 'reorder when the quantity on hand falls to this level or below';
COMMENT ON COLUMN part.reord_qty IS 'usual quantity ordered from the supplier';
COMMENT ON COLUMN part.disc_flg IS 'Y = discontinued (sell remaining stock, do not reorder), N = current';

INSERT INTO part (part_no, descr, cat_cd, supp_cd, cost_ea, sell_ea, qoh, reord_lvl, reord_qty, disc_flg) VALUES
    ('TU-700-25P',   'Inner tube 700x25-32c presta',                 'TY','MAD',  2.60,   7.99,  34,  20,  50,'N'),
    ('TU-700-35P',   'Inner tube 700x35-43c presta',                 'TY','MAD',  2.70,   7.99,  12,  20,  50,'N'),
    ('TU-26-SCH',    'Inner tube 26x1.9-2.125 schrader',             'TY','ZYR',  2.40,   6.99,  18,  10,  30,'N'),
    ('TU-29-PR',     'Inner tube 29x2.1-2.4 presta',                 'TY','ZYR',  3.10,   8.99,   9,  10,  30,'N'),
    ('TU-16-BR',     'Inner tube 16x1 3/8 (Brompton)',               'TY','CSG',  3.50,   9.50,   6,   6,  20,'N'),
    ('TY-GP5K-25',   'Continental GP5000 700x25c folding tyre',      'TY','ZYR', 28.00,  54.99,   4,   4,  10,'N'),
    ('TY-MPLUS-35',  'Schwalbe Marathon Plus 700x35c',               'TY','MAD', 19.50,  39.99,   7,   6,  12,'N'),
    ('TY-BIGBEN-55', 'Schwalbe Big Ben Plus 27.5x2.15 (cargo)',      'TY','MAD', 24.00,  44.99,   2,   3,   6,'N'),
    ('TY-DHF-29',    'Maxxis Minion DHF 29x2.5 EXO',                 'TY','CSG', 31.00,  59.99,   3,   2,   6,'N'),
    ('TY-GATOR-23',  'Continental Gatorskin 700x23c',                'TY','ZYR', 18.00,  36.99,   5,   0,   0,'Y'),
    ('BR-PAD-B01S',  'Shimano B01S resin disc pads',                 'BR','MAD',  6.20,  14.99,  22,  12,  30,'N'),
    ('BR-PAD-L05A',  'Shimano L05A resin disc pads',                 'BR','MAD',  8.90,  19.99,   8,  10,  24,'N'),
    ('BR-PAD-KSRIM', 'Kool-Stop Salmon rim brake pads (pair)',       'BR','ZYR',  5.50,  12.99,  15,   8,  20,'N'),
    ('BR-ROT-160CL', 'Shimano RT-EM600 160mm centre-lock rotor',     'BR','MAD', 17.00,  34.99,   6,   4,   8,'N'),
    ('BR-OIL-MIN',   'Shimano mineral oil 100ml',                    'BR','MAD',  5.00,  11.99,   5,   3,   6,'N'),
    ('BR-PAD-MAG8R', 'Magura 8.R performance pads',                  'BR','CSG', 11.00,  24.99,   3,   4,  10,'N'),
    ('DR-CH-X9',     'KMC X9 chain 9-speed',                         'DR','ZYR',  9.80,  21.99,  14,   8,  20,'N'),
    ('DR-CH-X11',    'KMC X11 chain 11-speed',                       'DR','ZYR', 17.50,  36.99,   6,   6,  12,'N'),
    ('DR-CH-HG71',   'Shimano CN-HG71 chain 6/7/8-speed',            'DR','MAD',  8.00,  17.99,  11,   8,  20,'N'),
    ('DR-CS-HG50',   'Shimano CS-HG50 8-speed cassette 11-32',       'DR','MAD', 16.00,  32.99,   4,   4,   8,'N'),
    ('DR-CS-R7000',  'Shimano 105 CS-R7000 11-speed cassette 11-34', 'DR','MAD', 33.00,  64.99,   2,   3,   6,'N'),
    ('DR-BB-UN300',  'Shimano BB-UN300 square taper bottom bracket', 'DR','MAD', 14.00,  29.99,   5,   3,   6,'N'),
    ('DR-JOCKEY',    'Jockey wheel pair 11T',                        'DR','CSG',  6.00,  14.99,   9,   4,  10,'N'),
    ('DR-CR-B38',    'Bosch eBike chainring 38T',                    'DR','BOS', 22.00,  44.99,   2,   2,   4,'N'),
    ('DR-CH-HG40',   'Shimano CN-HG40 chain 6/7/8-speed',            'DR','MAD',  6.50,  14.99,   3,   0,   0,'Y'),
    ('CB-GR-INNER',  'Jagwire gear inner cable 2300mm',              'CB','ZYR',  1.10,   4.99,  60,  30, 100,'N'),
    ('CB-BR-INNER',  'Jagwire brake inner cable 2000mm',             'CB','ZYR',  1.30,   5.49,  41,  30, 100,'N'),
    ('CB-GR-HSG',    'Jagwire gear outer housing 4mm (per metre)',   'CB','ZYR',  1.80,   4.99,  25,  15,  50,'N'),
    ('CB-BR-HSG',    'Jagwire brake outer housing 5mm (per metre)',  'CB','ZYR',  2.00,   5.49,  14,  15,  50,'N'),
    ('CB-FERRULE',   'Ferrules and end caps pack',                   'CB','CSG',  0.90,   2.99,  30,  10,  40,'N'),
    ('WH-SPOKE-DT',  'DT Swiss Competition spoke (each)',            'WH','CSG',  0.75,   2.50, 180, 100, 300,'N'),
    ('WH-RIM-R460',  'DT Swiss R460 rim 700c 32h',                   'WH','CSG', 38.00,  74.99,   2,   2,   4,'N'),
    ('WH-TAPE-22',   'Rim tape 22mm (pair)',                         'WH','ZYR',  2.00,   6.99,  16,   8,  20,'N'),
    ('WH-HUB-RS470', 'Shimano FH-RS470 rear hub 32h',                'WH','MAD', 29.00,  57.99,   1,   2,   4,'N'),
    ('EL-SPD-SENS',  'Bosch speed sensor with magnet',               'EL','BOS', 24.00,  49.99,   3,   2,   4,'N'),
    ('EL-CHG-4A',    'Bosch 4A standard charger',                    'EL','BOS', 75.00, 139.99,   1,   1,   2,'N'),
    ('EL-STEPS-CBL', 'Shimano STEPS EW-SD50 cable 800mm',            'EL','MAD', 12.00,  24.99,   4,   3,   6,'N'),
    ('EL-BAT-CONT',  'Battery contact and key lock kit',             'EL','BOS', 18.00,  36.99,   2,   2,   4,'N'),
    ('EL-LIGHT-BM',  'Busch+Muller IQ-XS e-bike front light',        'EL','ZYR', 39.00,  79.99,   0,   1,   3,'N'),
    ('AC-GRIP-GP1',  'Ergon GP1 grips',                              'AC','ZYR', 13.50,  29.99,   7,   4,  10,'N'),
    ('AC-BARTAPE',   'Lizard Skins bar tape',                        'AC','CSG', 11.00,  24.99,   5,   4,  10,'N'),
    ('AC-SADDLE-CF', 'Comfort gel saddle',                           'AC','MAD', 12.00,  27.99,   6,   3,   6,'N'),
    ('AC-KICKSTD',   'Adjustable kickstand',                         'AC','MAD',  7.00,  16.99,   8,   4,  10,'N'),
    ('AC-MUDG-SKS',  'SKS Bluemels mudguard set 45mm',               'AC','ZYR', 15.00,  32.99,   3,   3,   6,'N'),
    ('AC-BELL',      'Brass ping bell',                              'AC','CSG',  2.50,   7.99,  24,  10,  30,'N'),
    ('AC-REFL-KIT',  'Wheel reflector kit',                          'AC','CSG',  1.50,   4.99,  40,  10,  40,'N');

-- ---------------------------------------------------------------- job_card (repair jobs)
CREATE TABLE job_card (
    job_no    integer PRIMARY KEY,
    bike_id   integer NOT NULL REFERENCES bike (bike_id),
    bkd_in    date NOT NULL,
    svc_cd    char(2) NOT NULL,
    prom_dt   date,
    done_dt   date,
    coll_dt   date,
    job_stat  char(1) NOT NULL,
    quote_amt numeric(8,2),
    wty_flg   char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE job_card IS 'Repair job cards: one per bike booked into the workshop';
COMMENT ON COLUMN job_card.bkd_in IS 'date the bike was booked in (dropped off)';
COMMENT ON COLUMN job_card.svc_cd IS 'BS = bronze (basic) service, SS = silver service, GS = gold (full strip-down) service, PR = puncture repair, BR = brake job, WB = wheel build / truing, EB = e-bike motor or battery diagnostic, GR = general repair';
COMMENT ON COLUMN job_card.prom_dt IS 'date we promised the bike back to the customer; NULL = no date promised';
COMMENT ON COLUMN job_card.done_dt IS 'date the work was finished; NULL = not finished yet (or cancelled)';
COMMENT ON COLUMN job_card.coll_dt IS 'date the customer collected the bike; NULL = not collected yet';
COMMENT ON COLUMN job_card.job_stat IS 'B = booked in, not started; I = on the bench (in progress); W = waiting for parts; D = done, awaiting collection; C = collected; X = cancelled';
COMMENT ON COLUMN job_card.quote_amt IS 'written quote given to the customer, GBP; NULL = fixed-price job, no quote';
COMMENT ON COLUMN job_card.wty_flg IS 'Y = warranty job (no charge to the customer, claimed back from the manufacturer), N = normal';

INSERT INTO job_card (job_no, bike_id, bkd_in, svc_cd, prom_dt, done_dt, coll_dt, job_stat, quote_amt, wty_flg)
WITH j0 AS (
    SELECT g,
           CASE WHEN g % 5 = 0 THEN 1 + ((g / 5) * 13) % 40
                ELSE 41 + ((g - g / 5 - 1) * 7919) % 460 END AS bike_id,
           date '2024-01-03' + ((g - 1) * 1060) / 1799 AS d0
    FROM generate_series(1, 1800) AS g
), j1 AS (
    SELECT j0.g, j0.bike_id,
           CASE WHEN extract(dow FROM j0.d0) = 0 THEN j0.d0 + 1 ELSE j0.d0 END AS bkd_in,
           CASE WHEN b.bk_typ = 'E' AND j0.g % 2 = 0 THEN 'EB'
                ELSE (ARRAY['BS','BS','BS','BS','BS','SS','SS','SS','GS','GS',
                            'PR','PR','PR','PR','BR','BR','WB','GR','GR','GR'])[1 + (j0.g * 7) % 20] END AS svc_cd
    FROM j0 JOIN bike b ON b.bike_id = j0.bike_id
), j2 AS (
    SELECT j1.*,
           CASE svc_cd WHEN 'PR' THEN 1 WHEN 'BS' THEN 3 WHEN 'SS' THEN 4 WHEN 'GS' THEN 7
                       WHEN 'BR' THEN 2 WHEN 'WB' THEN 5 WHEN 'EB' THEN 7 ELSE 4 END AS ta
    FROM j1
), j3 AS (
    SELECT j2.*,
           bkd_in + greatest(0, ta + (g * 7) % 13 - 8
                                + CASE svc_cd WHEN 'EB' THEN 3 WHEN 'WB' THEN 2 WHEN 'GS' THEN 1 WHEN 'PR' THEN -2 ELSE 0 END)
                  + CASE WHEN g % 29 = 0 THEN 6 ELSE 0 END AS cand_done
    FROM j2
), j4 AS (
    SELECT j3.*,
           cand_done + (g * 3) % 8 + CASE WHEN g % 47 = 0 THEN 25 ELSE 0 END AS cand_coll,
           CASE WHEN g % 37 = 0 THEN 'X'
                WHEN cand_done > date '2026-11-30'
                  OR (bkd_in >= date '2026-10-01' AND g % 6 = 0)
                  OR (bkd_in >= date '2026-11-01' AND g % 10 = 0) THEN
                     CASE WHEN bkd_in >= date '2026-11-24' AND g % 2 = 0 THEN 'B'
                          WHEN g % 3 = 0 OR g % 29 = 0 THEN 'W'
                          ELSE 'I' END
                WHEN g % 211 = 0 OR cand_done + (g * 3) % 8 + CASE WHEN g % 47 = 0 THEN 25 ELSE 0 END > date '2026-11-30' THEN 'D'
                ELSE 'C' END AS st
    FROM j3
)
SELECT 10000 + g, bike_id, bkd_in, svc_cd,
       CASE WHEN g % 41 = 0 THEN NULL ELSE bkd_in + ta END,
       CASE WHEN st IN ('D', 'C') THEN cand_done END,
       CASE WHEN st = 'C' THEN cand_coll END,
       st,
       CASE WHEN svc_cd IN ('GR', 'WB', 'EB', 'BR') THEN 40 + (g * 13) % 200 END,
       CASE WHEN g % 23 = 0 THEN 'Y' ELSE 'N' END
FROM j4;

UPDATE bike b SET added_dt = f.first_in
FROM (SELECT bike_id, min(bkd_in) AS first_in FROM job_card GROUP BY bike_id) f
WHERE f.bike_id = b.bike_id;

-- ---------------------------------------------------------------- job_ln (labour and parts on a job)
CREATE TABLE job_ln (
    job_no   integer NOT NULL REFERENCES job_card (job_no),
    ln_no    smallint NOT NULL,
    ln_typ   char(1) NOT NULL,
    ln_dt    date NOT NULL,
    mech_cd  char(2),
    lab_min  integer,
    part_no  varchar(14) REFERENCES part (part_no),
    qty      integer,
    ln_amt   numeric(8,2) NOT NULL,
    PRIMARY KEY (job_no, ln_no)
);
COMMENT ON TABLE job_ln IS 'Job card lines: labour booked by a mechanic, or a part taken from stock and fitted';
COMMENT ON COLUMN job_ln.ln_typ IS 'L = labour, P = part fitted from stock';
COMMENT ON COLUMN job_ln.ln_dt IS 'date the work was done or the part fitted';
COMMENT ON COLUMN job_ln.mech_cd IS 'mechanic (labour lines only): AK = Andy Kerr (owner, head mechanic), BT = Beth Tran, JM = Jonas Muller (left June 2025), SR = Sam Reyes (e-bike specialist), PO = Priya Obi (joined March 2025)';
COMMENT ON COLUMN job_ln.lab_min IS 'minutes worked (labour lines only)';
COMMENT ON COLUMN job_ln.part_no IS 'part fitted (part lines only)';
COMMENT ON COLUMN job_ln.qty IS 'quantity fitted (part lines only)';
COMMENT ON COLUMN job_ln.ln_amt IS 'charge to the customer for the line, GBP: labour at 60/hour (club members 10% off), parts at retail price; 0 on warranty jobs';

INSERT INTO job_ln (job_no, ln_no, ln_typ, ln_dt, mech_cd, lab_min, part_no, qty, ln_amt)
WITH j AS (
    SELECT jc.*, jc.job_no - 10000 AS g, c.acct_typ,
           CASE jc.svc_cd WHEN 'PR' THEN 1 WHEN 'BS' THEN 3 WHEN 'SS' THEN 4 WHEN 'GS' THEN 7
                          WHEN 'BR' THEN 2 WHEN 'WB' THEN 5 WHEN 'EB' THEN 7 ELSE 4 END AS ta,
           CASE jc.svc_cd WHEN 'PR' THEN 20 WHEN 'BS' THEN 45 WHEN 'SS' THEN 75 WHEN 'GS' THEN 150
                          WHEN 'BR' THEN 40 WHEN 'WB' THEN 70 WHEN 'EB' THEN 60 ELSE 50 END AS base_min
    FROM job_card jc JOIN bike b ON b.bike_id = jc.bike_id JOIN cust c ON c.cust_no = b.cust_no
    WHERE jc.job_stat <> 'B'
), lab AS (
    SELECT j.*, k,
           CASE WHEN j.job_stat = 'X' THEN 15
                WHEN k = 1 THEN base_min + ((g * 11) % 7 - 3) * 5
                ELSE 15 + ((g * 5) % 5) * 15 END AS mins,
           CASE WHEN j.job_stat = 'X' THEN j.bkd_in
                WHEN k = 1 THEN least(coalesce(j.done_dt, date '2026-11-30'), j.bkd_in + greatest(0, ta - 1))
                ELSE coalesce(j.done_dt, least(date '2026-11-30', j.bkd_in + ta)) END AS dt,
           CASE WHEN j.svc_cd = 'EB' AND g % 4 <> 0 THEN 'SR'
                ELSE (ARRAY['AK','BT','JM','SR','BT','JM','AK','PO'])[1 + (g * 3 + k) % 8] END AS m0
    FROM j CROSS JOIN generate_series(1, 2) AS k
    WHERE k = 1 OR (j.job_stat IN ('D', 'C') AND (g % 3 = 0 OR j.svc_cd IN ('GS', 'EB')))
), lab2 AS (
    SELECT lab.*,
           CASE WHEN m0 = 'JM' AND dt > date '2025-06-30' THEN 'PO'
                WHEN m0 = 'PO' AND dt < date '2025-03-01' THEN 'AK'
                ELSE m0 END AS mech
    FROM lab
), pc AS (
    SELECT p.part_no, p.cat_cd, p.sell_ea,
           row_number() OVER (PARTITION BY p.cat_cd ORDER BY p.part_no) AS rn,
           count(*) OVER (PARTITION BY p.cat_cd) AS cnt
    FROM part p
    WHERE p.disc_flg = 'N' AND p.part_no NOT IN ('AC-REFL-KIT', 'EL-LIGHT-BM')
), prt AS (
    SELECT j.*, p AS pk,
           cats[1 + (g + p) % array_length(cats, 1)] AS cat
    FROM (
        SELECT j.*,
               CASE j.svc_cd WHEN 'PR' THEN ARRAY['TY'] WHEN 'BS' THEN ARRAY['CB','BR']
                             WHEN 'SS' THEN ARRAY['DR','CB','BR'] WHEN 'GS' THEN ARRAY['DR','CB','BR','DR']
                             WHEN 'BR' THEN ARRAY['BR'] WHEN 'WB' THEN ARRAY['WH'] WHEN 'EB' THEN ARRAY['EL']
                             ELSE ARRAY['AC','DR','BR','CB','TY'] END AS cats,
               CASE j.svc_cd WHEN 'PR' THEN 1 WHEN 'BS' THEN g % 2 WHEN 'SS' THEN 1 + g % 2 WHEN 'GS' THEN 2 + g % 2
                             WHEN 'BR' THEN 1 + (g % 3 = 0)::int WHEN 'WB' THEN 2 WHEN 'EB' THEN (g % 3 = 0)::int
                             ELSE 1 + g % 2 END AS np
        FROM j
        WHERE j.job_stat IN ('I', 'W', 'D', 'C')
    ) j
    CROSS JOIN generate_series(1, 3) AS p
    WHERE p <= np AND (j.job_stat IN ('D', 'C') OR p = 1)
), prt2 AS (
    SELECT prt.*, pc.part_no, pc.sell_ea,
           CASE WHEN pc.part_no = 'WH-SPOKE-DT' THEN 2 + g % 10
                WHEN pc.cat_cd = 'CB' THEN 1 + g % 2
                ELSE 1 END AS q
    FROM prt JOIN pc ON pc.cat_cd = prt.cat AND pc.rn = 1 + ((g * 7919 + pk * 104729) / 7) % pc.cnt
), all_ln AS (
    SELECT job_no, 1 AS ord, k AS sub, 'L' AS typ, dt, mech, mins, NULL::varchar AS part_no, NULL::int AS q,
           CASE WHEN wty_flg = 'Y' THEN 0
                ELSE round(mins * CASE WHEN acct_typ = 'C' THEN 0.9 ELSE 1.0 END, 2) END AS amt
    FROM lab2
    UNION ALL
    SELECT job_no, 2, pk, 'P',
           least(coalesce(done_dt, date '2026-11-30'), bkd_in + greatest(0, ta - 1)),
           NULL, NULL, part_no, q,
           CASE WHEN wty_flg = 'Y' THEN 0 ELSE q * sell_ea END
    FROM prt2
)
SELECT job_no, row_number() OVER (PARTITION BY job_no ORDER BY ord, sub), typ, dt, mech, mins, part_no, q, amt
FROM all_ln;

-- ---------------------------------------------------------------- part_ord (supplier reorders)
CREATE TABLE part_ord (
    ord_no   integer PRIMARY KEY,
    part_no  varchar(14) NOT NULL REFERENCES part (part_no),
    supp_cd  char(3) NOT NULL,
    ord_dt   date NOT NULL,
    qty_ord  integer NOT NULL,
    exp_dt   date,
    rcvd_dt  date,
    qty_rcvd integer,
    cost_ea  numeric(8,2) NOT NULL
);
COMMENT ON TABLE part_ord IS 'Reorders of stock parts placed with suppliers';
COMMENT ON COLUMN part_ord.supp_cd IS 'supplier: MAD = Madison, ZYR = Zyro Fisher, CSG = Cycle Sport Group, BOS = Bosch eBike Systems UK';
COMMENT ON COLUMN part_ord.exp_dt IS 'delivery date the supplier promised; NULL = no date given';
COMMENT ON COLUMN part_ord.rcvd_dt IS 'date the delivery arrived; NULL = not received yet';
COMMENT ON COLUMN part_ord.qty_rcvd IS 'quantity actually delivered (can be short); NULL until received';
COMMENT ON COLUMN part_ord.cost_ea IS 'trade price per unit on the order, GBP';

INSERT INTO part_ord (ord_no, part_no, supp_cd, ord_dt, qty_ord, exp_dt, rcvd_dt, qty_rcvd, cost_ea)
WITH p AS (
    SELECT part_no, supp_cd, cost_ea, greatest(reord_qty, 2) AS rq, row_number() OVER (ORDER BY part_no) AS rn
    FROM part
    WHERE part_no <> 'AC-REFL-KIT'
), o AS (
    SELECT g, date '2024-01-05' + ((g - 1) * 1055) / 259 AS ord_dt,
           1 + (g * 7) % (SELECT count(*) FROM p) AS rn
    FROM generate_series(1, 260) AS g
), o2 AS (
    SELECT o.g, o.ord_dt, p.part_no, p.supp_cd, p.cost_ea, p.rq,
           CASE p.supp_cd WHEN 'MAD' THEN 2 WHEN 'ZYR' THEN 3 WHEN 'CSG' THEN 5 ELSE 12 END AS lead
    FROM o JOIN p ON p.rn = o.rn
), o3 AS (
    SELECT o2.*,
           CASE WHEN g % 43 = 0 AND ord_dt >= date '2026-01-01' THEN NULL     -- lost / never delivered
                WHEN g % 13 = 0 AND ord_dt >= date '2026-07-01' THEN NULL     -- on backorder at the supplier
                WHEN ord_dt + lead + greatest(-1, (g * 5) % 9 - 3) > date '2026-11-30' THEN NULL
                ELSE ord_dt + lead + greatest(-1, (g * 5) % 9 - 3) END AS rcvd
    FROM o2
)
SELECT 5000 + g, part_no, supp_cd, ord_dt, rq,
       CASE WHEN g % 17 = 0 THEN NULL ELSE ord_dt + lead END,
       rcvd,
       CASE WHEN rcvd IS NULL THEN NULL WHEN g % 11 = 0 THEN rq - 1 ELSE rq END,
       CASE WHEN ord_dt >= date '2025-04-01' THEN cost_ea ELSE round(cost_ea * 0.95, 2) END
FROM o3;

-- ---------------------------------------------------------------- bike_sale (bikes sold, with trade-ins)
CREATE TABLE bike_sale (
    sale_no   integer PRIMARY KEY,
    sale_dt   date NOT NULL,
    cust_no   integer REFERENCES cust (cust_no),
    make      text NOT NULL,
    model     text NOT NULL,
    bk_typ    char(1) NOT NULL,
    cond      char(1) NOT NULL,
    sale_prc  numeric(8,2) NOT NULL,
    ti_desc   text,
    ti_allow  numeric(8,2),
    pay_cd    char(1) NOT NULL,
    sold_by   char(2) NOT NULL
);
COMMENT ON TABLE bike_sale IS 'Bikes sold in the shop, new or used, with any old bike taken in part-exchange';
COMMENT ON COLUMN bike_sale.cust_no IS 'buyer; NULL = walk-in cash buyer who left no details';
COMMENT ON COLUMN bike_sale.bk_typ IS 'same codes as bike.bk_typ: R = road, M = mountain, H = hybrid / commuter, E = electric, F = folding, C = cargo, K = kids';
COMMENT ON COLUMN bike_sale.cond IS 'N = new, U = used / refurbished';
COMMENT ON COLUMN bike_sale.sale_prc IS 'ticket price agreed for the bike, GBP, before any trade-in allowance';
COMMENT ON COLUMN bike_sale.ti_desc IS 'old bike taken in part-exchange (trade-in); NULL = no trade-in';
COMMENT ON COLUMN bike_sale.ti_allow IS 'allowance given for the trade-in, GBP, deducted from what the customer paid; NULL = no trade-in';
COMMENT ON COLUMN bike_sale.pay_cd IS 'C = card, X = cash, F = 0% finance, W = cycle-to-work scheme voucher';
COMMENT ON COLUMN bike_sale.sold_by IS 'staff member: AK = Andy Kerr, BT = Beth Tran, SR = Sam Reyes, KL = Kim Lowe (shop floor)';

INSERT INTO bike_sale (sale_no, sale_dt, cust_no, make, model, bk_typ, cond, sale_prc, ti_desc, ti_allow, pay_cd, sold_by)
WITH m (idx, make, model, typ, base) AS (VALUES
    (1,'Trek','FX 3','H',850), (2,'Trek','Domane AL 2','R',1100), (3,'Trek','Marlin 7','M',900),
    (4,'Specialized','Sirrus X 2.0','H',700), (5,'Specialized','Turbo Vado 4.0','E',3500), (6,'Giant','Escape 2','H',600),
    (7,'Giant','Contend AR 3','R',950), (8,'Brompton','C Line Explore','F',1500), (9,'Brompton','Electric P Line','E',3600),
    (10,'Cube','Nature EXC','H',850), (11,'Cube','Attention','M',1000), (12,'Cannondale','CAAD Optimo 2','R',1200),
    (13,'Orbea','Orca M30','R',2400), (14,'Tern','GSD S10','C',5000), (15,'Frog','Frog 55','K',400),
    (16,'Raleigh','Motus Grand Tour','E',2300), (17,'Ribble','CGR AL','R',1300)
), s AS (
    SELECT g,
           date '2024-01-04' + ((g - 1) * 1060) / 259 AS d0,
           1 + (g * 5) % 17 AS idx
    FROM generate_series(1, 260) AS g
), s2 AS (
    SELECT s.g, CASE WHEN extract(dow FROM s.d0) = 0 THEN s.d0 + 1 ELSE s.d0 END AS sale_dt,
           m.make, m.model, m.typ,
           CASE WHEN s.g % 4 = 0 THEN 'U' ELSE 'N' END AS cond,
           m.base
    FROM s JOIN m ON m.idx = s.idx
), s3 AS (
    SELECT s2.*,
           CASE WHEN cond = 'N' THEN base + ((g * 37) % 10) * 25 - 0.01
                ELSE round((base + ((g * 37) % 10) * 25) * 0.45 / 5) * 5 END AS prc
    FROM s2
)
SELECT 700 + g, sale_dt,
       CASE WHEN g % 9 = 0 THEN NULL
            WHEN g % 3 = 0 THEN 381 + (g * 7) % 25
            ELSE 1 + (g * 17) % 380 END,
       make, model, typ, cond, prc,
       CASE WHEN cond = 'N' AND (g % 5 = 0 OR g % 7 = 0)
            THEN (ARRAY['Raleigh Pioneer hybrid','Carrera Subway 1','Apollo Phaze MTB','Trek 7.2 FX','Giant Defy 3',
                        'Btwin Riverside 500','Frog 48 kids bike','Specialized Allez (2016)'])[1 + g % 8] END,
       CASE WHEN cond = 'N' AND (g % 5 = 0 OR g % 7 = 0) THEN 40 + 5 * ((g * 53) % 60) END,
       CASE WHEN g % 11 = 0 THEN 'X'
            WHEN prc > 2000 AND g % 3 = 0 THEN 'F'
            WHEN g % 4 = 1 AND typ IN ('H', 'R', 'E', 'F') THEN 'W'
            ELSE 'C' END,
       (ARRAY['KL','KL','AK','BT','KL','SR'])[1 + g % 6]
FROM s3;

UPDATE cust c SET first_seen = f.d
FROM (
    SELECT cust_no, min(d) AS d FROM (
        SELECT b.cust_no, jc.bkd_in AS d FROM job_card jc JOIN bike b ON b.bike_id = jc.bike_id
        UNION ALL
        SELECT cust_no, sale_dt FROM bike_sale WHERE cust_no IS NOT NULL
    ) x GROUP BY cust_no
) f
WHERE f.cust_no = c.cust_no;

-- ---------------------------------------------------------------- warr_clm (warranty claims to manufacturers)
CREATE TABLE warr_clm (
    clm_no    integer PRIMARY KEY,
    job_no    integer NOT NULL REFERENCES job_card (job_no),
    mfr       text NOT NULL,
    clm_typ   char(1) NOT NULL,
    subm_dt   date NOT NULL,
    clm_stat  char(1) NOT NULL,
    clm_amt   numeric(8,2) NOT NULL,
    cred_amt  numeric(8,2),
    decn_dt   date,
    mfr_ref   varchar(16)
);
COMMENT ON TABLE warr_clm IS 'Warranty claims sent back to manufacturers for faults found on warranty jobs';
COMMENT ON COLUMN warr_clm.mfr IS 'manufacturer the claim was made to';
COMMENT ON COLUMN warr_clm.clm_typ IS 'F = frame, C = component, E = e-bike motor or battery, W = wheel';
COMMENT ON COLUMN warr_clm.subm_dt IS 'date the claim was sent to the manufacturer';
COMMENT ON COLUMN warr_clm.clm_stat IS 'S = submitted, waiting for the manufacturer; A = approved, credit not yet received; R = rejected; P = paid (credit received)';
COMMENT ON COLUMN warr_clm.clm_amt IS 'amount claimed, GBP';
COMMENT ON COLUMN warr_clm.cred_amt IS 'amount the manufacturer credited, GBP; NULL = nothing credited (yet)';
COMMENT ON COLUMN warr_clm.decn_dt IS 'date the manufacturer decided (approved or rejected); NULL = no decision yet';
COMMENT ON COLUMN warr_clm.mfr_ref IS 'manufacturer returns (RMA) reference; NULL until acknowledged';

INSERT INTO warr_clm (clm_no, job_no, mfr, clm_typ, subm_dt, clm_stat, clm_amt, cred_amt, decn_dt, mfr_ref)
WITH w AS (
    SELECT jc.job_no, jc.job_no - 10000 AS g, b.make, b.bk_typ, jc.svc_cd,
           least(jc.bkd_in + 1 + (jc.job_no % 4), date '2026-11-30') AS subm_dt,
           row_number() OVER (ORDER BY jc.job_no) AS rn
    FROM job_card jc JOIN bike b ON b.bike_id = jc.bike_id
    WHERE jc.wty_flg = 'Y' AND jc.job_stat NOT IN ('B', 'X')
), w2 AS (
    SELECT w.*,
           CASE WHEN bk_typ = 'E' THEN 'E' WHEN svc_cd = 'WB' THEN 'W' WHEN g % 3 = 0 THEN 'F' ELSE 'C' END AS typ
    FROM w
), w3 AS (
    SELECT w2.*,
           subm_dt + 10 + (g * 7) % 40 + CASE WHEN typ = 'F' THEN 30 ELSE 0 END AS dd,
           CASE typ WHEN 'E' THEN 180 + (g * 13) % 420 WHEN 'F' THEN 400 + (g * 17) % 800
                    WHEN 'W' THEN 80 + (g * 7) % 170 ELSE 20 + (g * 11) % 130 END + 0.50 * (g % 2) AS amt
    FROM w2
), w4 AS (
    SELECT w3.*,
           CASE WHEN dd > date '2026-11-30' OR g % 7 = 0 THEN 'S'
                WHEN g % 5 = 0 THEN 'R'
                WHEN dd + 20 <= date '2026-11-30' THEN 'P'
                ELSE 'A' END AS st
    FROM w3
)
SELECT 300 + rn, job_no, make, typ, subm_dt, st, amt,
       CASE WHEN st = 'P' THEN CASE WHEN g % 3 = 0 THEN round(amt * 0.8, 2) ELSE amt END END,
       CASE WHEN st IN ('A', 'R', 'P') THEN dd END,
       CASE WHEN st = 'S' AND g % 2 = 0 THEN NULL ELSE upper(left(make, 3)) || '-' || (40000 + g * 7)::text END
FROM w4;
