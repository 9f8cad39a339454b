-- Made-up schema: a yacht marina on the south coast of England (members and their boats, berths,
-- berth contracts, visiting yachts, fuel dock sales, boatyard work orders with labour lines,
-- boat lifts / haul-outs, invoices and payments). Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30. All times are stored in UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS haul;
DROP TABLE IF EXISTS wo_lab;
DROP TABLE IF EXISTS wo;
DROP TABLE IF EXISTS fuel_sale;
DROP TABLE IF EXISTS visit_stay;
DROP TABLE IF EXISTS brth_ctr;
DROP TABLE IF EXISTS brth;
DROP TABLE IF EXISTS vsl;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members / boat owners)
CREATE TABLE mbr (
    mbr_id     integer PRIMARY KEY,
    surname    text NOT NULL,
    forename   text NOT NULL,
    email      text,
    tel        varchar(20),
    mbr_typ    char(1) NOT NULL,
    stat_cd    char(1) NOT NULL,
    joined_dt  date NOT NULL,
    ctry_cd    char(2) NOT NULL DEFAULT 'GB'
);
COMMENT ON TABLE mbr IS 'Marina members: berth holders and associate (social / dry-stack) members';
COMMENT ON COLUMN mbr.mbr_typ IS 'B = berth holder, A = associate member (no berth)';
COMMENT ON COLUMN mbr.stat_cd IS 'A = active, S = suspended (account in arrears), X = resigned / cancelled';
COMMENT ON COLUMN mbr.ctry_cd IS 'ISO country code of the home address';

INSERT INTO mbr (mbr_id, surname, forename, email, tel, mbr_typ, stat_cd, joined_dt, ctry_cd)
SELECT g, sn, fn,
       CASE WHEN g % 19 = 0 THEN NULL ELSE lower(left(fn, 1) || '.' || sn || g || '@example.co.uk') END,
       '07700 9' || lpad(((g * 7919) % 100000)::text, 5, '0'),
       CASE WHEN g > 110 THEN 'A' ELSE 'B' END,
       CASE WHEN g % 23 = 0 THEN 'X' WHEN g % 15 = 0 THEN 'S' ELSE 'A' END,
       CASE WHEN g > 95 AND g <= 110 THEN date '2025-01-10' + (g - 95) * 7
            ELSE date '2008-03-01' + (g * 53) % 5800 END,
       CASE WHEN g % 17 = 0 THEN 'FR' WHEN g % 29 = 0 THEN 'NL' WHEN g % 31 = 0 THEN 'IE' ELSE 'GB' END
FROM (
    SELECT g,
           (ARRAY['Ashworth','Bramley','Carrington','Dunmore','Ellison','Fairbairn','Godwin','Harcourt','Ingram',
                  'Jessop','Kerridge','Lockwood','Merriman','Northcott','Ogilvie','Penhaligon','Quarrie','Redfern',
                  'Stanbury','Trelawney','Underhill','Vickery','Whitlock','Yeoman','Abbott','Beckett','Coleridge'])[1 + (g * 11) % 27] AS sn,
           (ARRAY['James','Sarah','Richard','Helen','Peter','Caroline','Andrew','Fiona','Michael','Claire','David',
                  'Gillian','Simon','Rachel','Nigel','Amélie','Tom','Zoë','Hugh','Niamh'])[1 + g % 20] AS fn
    FROM generate_series(1, 120) AS g
) t;

-- ---------------------------------------------------------------- vsl (member boats)
CREATE TABLE vsl (
    vsl_id    integer PRIMARY KEY,
    mbr_id    integer NOT NULL REFERENCES mbr (mbr_id),
    vsl_nm    text NOT NULL,
    vsl_typ   char(2) NOT NULL,
    make_mdl  text,
    loa_m     numeric(4,2) NOT NULL,
    beam_m    numeric(4,2) NOT NULL,
    draft_m   numeric(3,2) NOT NULL,
    fuel_typ  char(1),
    built_yr  smallint,
    hull_mat  varchar(3),
    ssr_no    varchar(10)
);
COMMENT ON TABLE vsl IS 'Boats owned by members (visiting yachts are not in here, see visit_stay)';
COMMENT ON COLUMN vsl.vsl_typ IS 'SY = sailing yacht, MY = motor yacht, CT = catamaran, RB = RIB / sports boat';
COMMENT ON COLUMN vsl.loa_m IS 'length overall, metres';
COMMENT ON COLUMN vsl.beam_m IS 'beam (width), metres';
COMMENT ON COLUMN vsl.draft_m IS 'draught, metres';
COMMENT ON COLUMN vsl.fuel_typ IS 'D = diesel, P = petrol, NULL = no engine';
COMMENT ON COLUMN vsl.hull_mat IS 'GRP, ALU = aluminium, STL = steel, WD = wood';
COMMENT ON COLUMN vsl.ssr_no IS 'UK Small Ships Register number, NULL if not registered';

INSERT INTO vsl (vsl_id, mbr_id, vsl_nm, vsl_typ, make_mdl, loa_m, beam_m, draft_m, fuel_typ, built_yr, hull_mat, ssr_no)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 110 THEN g ELSE 1 + ((g - 110) * 7) % 110 END AS mbr_id,
           (ARRAY['Sea Breeze','Wanderer','Blue Heron','Kittiwake','Serendipity','Moonshadow','Tern','Aurora',
                  'Puffin','Calypso','Spindrift','Halcyon','Morwenna','Osprey','Zephyr','Jolie Brise','Curlew',
                  'Windflower','Saltire','Petrel','Mistral','Seraphina','Bluebird','Sandpiper','Avocet','Kestrel',
                  'Arethusa','Gannet','Merlin','Shearwater','Dunlin','Fulmar','Kingfisher','Ptarmigan','Razorbill'])[1 + (g - 1) % 35]
           || CASE WHEN g > 35 THEN ' ' || (ARRAY['II','III','IV','V'])[(g - 1) / 35] ELSE '' END AS vsl_nm,
           CASE WHEN g % 7 = 0 THEN 'CT' WHEN g % 5 = 0 THEN 'MY' WHEN g % 11 = 0 THEN 'RB' ELSE 'SY' END AS vsl_typ
    FROM generate_series(1, 140) AS g
)
SELECT g, mbr_id, vsl_nm, vsl_typ,
       CASE vsl_typ WHEN 'SY' THEN (ARRAY['Beneteau Oceanis 38','Jeanneau Sun Odyssey 349','Hallberg-Rassy 342','Westerly Centaur','Bavaria 37','Dufour 412','Moody 33'])[1 + g % 7]
                    WHEN 'MY' THEN (ARRAY['Princess 42','Fairline Targa 38','Sealine S34','Nimbus 305'])[1 + g % 4]
                    WHEN 'CT' THEN (ARRAY['Lagoon 380','Fountaine Pajot Lucia 40','Prout Snowgoose 37'])[1 + g % 3]
                    ELSE CASE WHEN g % 2 = 0 THEN 'Ribcraft 6.8' ELSE NULL END END,
       CASE vsl_typ WHEN 'SY' THEN 7.50 + ((g * 37) % 65) / 10.0
                    WHEN 'MY' THEN 8.50 + ((g * 41) % 95) / 10.0
                    WHEN 'CT' THEN 10.20 + ((g * 13) % 30) / 10.0
                    ELSE 5.40 + ((g * 7) % 25) / 10.0 END,
       CASE vsl_typ WHEN 'CT' THEN 5.60 + (g % 9) / 10.0
                    WHEN 'RB' THEN 2.30 + (g % 4) / 10.0
                    ELSE 2.60 + ((g * 3) % 14) / 10.0 END,
       CASE vsl_typ WHEN 'SY' THEN 1.40 + ((g * 5) % 9) / 10.0
                    WHEN 'CT' THEN 1.05 + (g % 3) / 10.0
                    WHEN 'RB' THEN 0.45
                    ELSE 0.90 + (g % 5) / 10.0 END,
       CASE WHEN vsl_typ = 'RB' THEN 'P' WHEN vsl_typ = 'SY' AND g % 13 = 0 THEN 'P' WHEN g = 37 THEN NULL ELSE 'D' END,
       (1978 + (g * 17) % 47)::smallint,
       CASE WHEN g % 29 = 0 THEN 'STL' WHEN g % 19 = 0 THEN 'WD' WHEN vsl_typ = 'RB' THEN 'ALU' ELSE 'GRP' END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 'SSR' || (100000 + g * 977) END
FROM b;

-- ---------------------------------------------------------------- brth (berths)
CREATE TABLE brth (
    brth_cd    varchar(4) PRIMARY KEY,
    pontoon    char(1) NOT NULL,
    brth_cls   char(1) NOT NULL,
    max_loa_m  numeric(4,1) NOT NULL,
    max_beam_m numeric(3,1) NOT NULL,
    depth_m    numeric(3,1) NOT NULL,
    pwr_amp    smallint,
    has_water  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE brth IS 'Pontoon berths. Pontoons A-F are let on contracts; V is the visitors pontoon';
COMMENT ON COLUMN brth.brth_cls IS 'F = finger berth, T = T-head / hammerhead, V = visitor berth (rafting allowed)';
COMMENT ON COLUMN brth.max_loa_m IS 'longest boat the berth takes, metres';
COMMENT ON COLUMN brth.depth_m IS 'depth at chart datum, metres';
COMMENT ON COLUMN brth.pwr_amp IS 'shore power supply in amps (16, 32 or 63); NULL = no shore power';

INSERT INTO brth (brth_cd, pontoon, brth_cls, max_loa_m, max_beam_m, depth_m, pwr_amp, has_water)
SELECT p || lpad(n::text, 2, '0'),
       p,
       CASE WHEN p = 'V' THEN 'V' WHEN n = 25 THEN 'T' ELSE 'F' END,
       CASE p WHEN 'A' THEN 10.0 WHEN 'B' THEN 10.0 WHEN 'C' THEN 12.0 WHEN 'D' THEN 12.0
              WHEN 'E' THEN 15.0 WHEN 'F' THEN 20.0 ELSE 16.0 END + CASE WHEN n = 25 THEN 4.0 ELSE 0 END,
       CASE p WHEN 'A' THEN 3.6 WHEN 'B' THEN 3.6 WHEN 'C' THEN 4.2 WHEN 'D' THEN 4.2 ELSE 7.0 END,
       CASE p WHEN 'A' THEN 2.2 WHEN 'B' THEN 2.4 WHEN 'C' THEN 2.6 WHEN 'D' THEN 2.8 ELSE 3.5 END,
       CASE WHEN p IN ('A', 'B') AND n % 6 = 0 THEN NULL
            WHEN p IN ('E', 'F') OR n = 25 THEN 63
            WHEN p = 'V' THEN 32
            WHEN n % 2 = 0 THEN 32 ELSE 16 END,
       NOT (p = 'A' AND n % 8 = 0)
FROM unnest(ARRAY['A','B','C','D','E','F','V']) AS p
CROSS JOIN generate_series(1, 25) AS n
WHERE p <> 'V' OR n <= 20;

-- ---------------------------------------------------------------- brth_ctr (berth contracts)
CREATE TABLE brth_ctr (
    ctr_id    integer PRIMARY KEY,
    brth_cd   varchar(4) NOT NULL REFERENCES brth (brth_cd),
    vsl_id    integer NOT NULL REFERENCES vsl (vsl_id),
    ctr_typ   char(3) NOT NULL,
    start_dt  date NOT NULL,
    end_dt    date,
    fee_gbp   numeric(8,2) NOT NULL,
    stat_cd   char(1) NOT NULL,
    signed_dt date
);
COMMENT ON TABLE brth_ctr IS 'Berth licence agreements: which member boat holds which berth, for which period';
COMMENT ON COLUMN brth_ctr.ctr_typ IS 'ANN = annual, SUM = summer (1 Apr - 30 Sep), WIN = winter (1 Oct - 31 Mar)';
COMMENT ON COLUMN brth_ctr.end_dt IS 'last day of the contract; NULL = rolling (renews automatically until notice is given); for cancelled contracts the day it was terminated';
COMMENT ON COLUMN brth_ctr.fee_gbp IS 'berth fee for the whole contract period, GBP excl. VAT';
COMMENT ON COLUMN brth_ctr.stat_cd IS 'A = active, E = expired, X = cancelled early';

INSERT INTO brth_ctr (ctr_id, brth_cd, vsl_id, ctr_typ, start_dt, end_dt, fee_gbp, stat_cd, signed_dt)
WITH v AS (
    SELECT v.*, m.stat_cd AS mbr_stat,
           CASE WHEN v.vsl_typ = 'CT' THEN 4                -- multihulls need the wide berths on F
                WHEN v.loa_m <= 10 THEN 1 WHEN v.loa_m <= 12 THEN 2 WHEN v.loa_m <= 15 THEN 3 ELSE 4 END AS sz
    FROM vsl v JOIN mbr m ON m.mbr_id = v.mbr_id
    WHERE v.vsl_id % 9 <> 0                           -- a few boats live on a swing mooring or ashore
), r AS (
    SELECT v.*, row_number() OVER (PARTITION BY sz ORDER BY vsl_id) AS rn FROM v
), a AS (
    SELECT r.*,
           CASE sz WHEN 1 THEN (ARRAY['A','B'])[1 + (rn - 1) / 24] || lpad((1 + (rn - 1) % 24)::text, 2, '0')
                   WHEN 2 THEN (ARRAY['C','D'])[1 + (rn - 1) / 24] || lpad((1 + (rn - 1) % 24)::text, 2, '0')
                   WHEN 3 THEN 'E' || lpad(rn::text, 2, '0')
                   ELSE 'F' || lpad(rn::text, 2, '0') END AS brth_cd
    FROM r
), c AS (
    -- 2024 season (boats whose owner joined in 2025 start in 2025 only)
    SELECT a.vsl_id, a.brth_cd,
           CASE WHEN a.vsl_typ = 'RB' THEN 'SUM' ELSE 'ANN' END AS ctr_typ,
           date '2024-04-01' AS start_dt,
           CASE WHEN a.vsl_typ = 'RB' THEN date '2024-09-30' ELSE date '2025-03-31' END AS end_dt,
           round(a.loa_m * CASE WHEN a.sz >= 3 THEN 545 ELSE 472 END * CASE WHEN a.vsl_typ = 'RB' THEN 0.6 ELSE 1 END, 2) AS fee,
           'E' AS stat_cd, date '2024-02-15' + a.vsl_id % 40 AS signed_dt
    FROM a JOIN mbr m ON m.mbr_id = a.mbr_id
    WHERE m.joined_dt < date '2024-03-01'
    UNION ALL
    -- 2025 season
    SELECT a.vsl_id, a.brth_cd,
           CASE WHEN a.vsl_typ = 'RB' THEN 'SUM' ELSE 'ANN' END,
           CASE WHEN m.joined_dt >= date '2025-01-01' THEN greatest(date '2025-04-01', m.joined_dt + 14) ELSE date '2025-04-01' END,
           CASE WHEN a.vsl_typ = 'RB' THEN date '2025-09-30'
                WHEN a.vsl_id % 8 = 3 OR a.mbr_stat = 'X' THEN date '2025-06-30' + a.vsl_id % 45
                ELSE NULL END,
           round(a.loa_m * CASE WHEN a.sz >= 3 THEN 565 ELSE 489 END * CASE WHEN a.vsl_typ = 'RB' THEN 0.6 ELSE 1 END, 2),
           CASE WHEN a.vsl_typ = 'RB' THEN 'E'
                WHEN a.vsl_id % 8 = 3 OR a.mbr_stat = 'X' THEN 'X'
                ELSE 'A' END,
           CASE WHEN m.joined_dt >= date '2025-01-01' THEN m.joined_dt + 3 ELSE date '2025-02-14' + a.vsl_id % 40 END
    FROM a JOIN mbr m ON m.mbr_id = a.mbr_id
    WHERE a.vsl_id % 12 <> 5                          -- some did not renew for 2025
)
SELECT row_number() OVER (ORDER BY start_dt, brth_cd), brth_cd, vsl_id, ctr_typ, start_dt, end_dt, fee, stat_cd, signed_dt
FROM c;

-- ---------------------------------------------------------------- visit_stay (visiting yachts)
CREATE TABLE visit_stay (
    stay_id    integer PRIMARY KEY,
    brth_cd    varchar(4) REFERENCES brth (brth_cd),
    vsl_nm     text NOT NULL,
    flag_cd    char(2) NOT NULL,
    loa_m      numeric(4,2) NOT NULL,
    skipper_nm text,
    eta_dt     date NOT NULL,
    arr_ts     timestamptz,
    dep_ts     timestamptz,
    stat_cd    char(1) NOT NULL,
    chg_gbp    numeric(8,2)
);
COMMENT ON TABLE visit_stay IS 'Visiting (non-member) boats staying overnight, from booking to departure';
COMMENT ON COLUMN visit_stay.flag_cd IS 'country of the ensign flown (ISO code)';
COMMENT ON COLUMN visit_stay.loa_m IS 'length overall, metres (as declared by the skipper)';
COMMENT ON COLUMN visit_stay.eta_dt IS 'booked arrival date';
COMMENT ON COLUMN visit_stay.arr_ts IS 'actual arrival time; NULL = not arrived (yet)';
COMMENT ON COLUMN visit_stay.dep_ts IS 'actual departure time; NULL = not departed (still in the marina, or never arrived)';
COMMENT ON COLUMN visit_stay.stat_cd IS 'B = booked, I = in the marina now, D = departed, N = no-show, X = booking cancelled';
COMMENT ON COLUMN visit_stay.chg_gbp IS 'berthing charge for the stay, GBP incl. 20% VAT; NULL until the boat leaves';

INSERT INTO visit_stay (stay_id, brth_cd, vsl_nm, flag_cd, loa_m, skipper_nm, eta_dt, arr_ts, dep_ts, stat_cd, chg_gbp)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 190 THEN date '2024-04-01' ELSE date '2025-04-01' END + ((g * 37) % 200) AS eta,
           CASE WHEN g % 29 = 0 THEN 12 + g % 5 ELSE 1 + (g * 7) % 6 END AS nights,
           8.0 + ((g * 23) % 110) / 10.0 AS loa,
           CASE WHEN g % 5 IN (0, 3) THEN 'GB' WHEN g % 5 = 1 THEN 'FR' WHEN g % 7 = 2 THEN 'NL'
                WHEN g % 7 = 4 THEN 'DE' WHEN g % 11 = 6 THEN 'IE' WHEN g % 2 = 0 THEN 'BE' ELSE 'FR' END AS flag,
           CASE WHEN g % 31 = 0 THEN 'N' WHEN g % 37 = 0 THEN 'X' ELSE 'D' END AS st
    FROM generate_series(1, 392) AS g
), x AS (
    SELECT g, eta, nights, loa, flag, st FROM b
    UNION ALL   -- boats in the marina at the cut-off
    SELECT 392 + k, date '2025-11-18' + k * 2, NULL, 9.5 + k * 1.3, (ARRAY['GB','FR','NL','GB','DE'])[k], 'I'
    FROM generate_series(1, 5) AS k
    UNION ALL   -- bookings for December
    SELECT 397 + k, date '2025-12-03' + k * 5, 2, 10.0 + k, (ARRAY['GB','FR','GB'])[k], 'B'
    FROM generate_series(1, 3) AS k
)
SELECT g,
       CASE WHEN st IN ('N', 'X', 'B') THEN NULL ELSE 'V' || lpad((1 + (g * 7) % 20)::text, 2, '0') END,
       (ARRAY['Mouette','Zeevalk','Albatros','Wind Song','Orca','Bonaventure','Aventura','Sirius','Lady Grey','Fiddler',
              'Esprit Libre','De Hoop','Seestern','Tir na nOg','Blue Note','Petit Prince','Hirondelle','Nordlys'])[1 + (g * 5) % 18]
       || CASE WHEN g % 3 = 0 THEN ' of ' || (ARRAY['Cowes','Cherbourg','Hamble','Jersey','Dartmouth'])[1 + g % 5] ELSE '' END,
       flag, loa,
       (ARRAY['J. Martin','P. Leclerc','H. de Vries','M. Schmidt','S. O''Brien','A. Dupont','K. Jansen','R. Hughes'])[1 + (g * 3) % 8],
       eta,
       CASE WHEN st IN ('N', 'X', 'B') THEN NULL
            ELSE (eta + interval '14 hours' + ((g * 13) % 300) * interval '1 minute') AT TIME ZONE 'UTC' END,
       CASE WHEN st = 'D' THEN (eta + nights * interval '1 day' + interval '8 hours' + ((g * 11) % 180) * interval '1 minute') AT TIME ZONE 'UTC' END,
       st,
       CASE WHEN st = 'D' THEN round(nights * loa * CASE WHEN extract(month FROM eta) IN (6, 7, 8) THEN 4.10 ELSE 3.40 END, 2) END
FROM x;

-- ---------------------------------------------------------------- fuel_sale (fuel dock)
CREATE TABLE fuel_sale (
    sale_id   integer PRIMARY KEY,
    sale_ts   timestamptz NOT NULL,
    vsl_id    integer,
    fuel_cd   char(1) NOT NULL,
    fuel_l    numeric(7,1) NOT NULL,
    ppl_gbp   numeric(5,3) NOT NULL,
    amt_gbp   numeric(8,2) NOT NULL,
    pay_cd    char(3) NOT NULL,
    void_flg  boolean NOT NULL DEFAULT false,
    attendant varchar(3)
);
COMMENT ON TABLE fuel_sale IS 'Sales at the fuel dock pumps';
COMMENT ON COLUMN fuel_sale.vsl_id IS 'member boat (vsl.vsl_id) if the sale was to a member; NULL = visitor or walk-up customer';
COMMENT ON COLUMN fuel_sale.fuel_cd IS 'D = diesel, P = petrol (unleaded)';
COMMENT ON COLUMN fuel_sale.fuel_l IS 'quantity dispensed, litres';
COMMENT ON COLUMN fuel_sale.ppl_gbp IS 'pump price per litre, GBP incl. VAT';
COMMENT ON COLUMN fuel_sale.amt_gbp IS 'amount charged, GBP incl. 20% VAT';
COMMENT ON COLUMN fuel_sale.pay_cd IS 'CRD = card at the pump, ACC = put on the member''s account, CSH = cash';
COMMENT ON COLUMN fuel_sale.void_flg IS 'true = sale voided at the till (not charged; the row is kept for the audit trail)';

INSERT INTO fuel_sale (sale_id, sale_ts, vsl_id, fuel_cd, fuel_l, ppl_gbp, amt_gbp, pay_cd, void_flg, attendant)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-05 07:00:00+00' + ((g - 1) * 694 / 900) * interval '24 hours'
               + ((g * 47) % 690) * interval '1 minute' AS ts,
           CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + (g * 53) % 140 END AS vsl_id
    FROM generate_series(1, 900) AS g
), f AS (
    SELECT b.*, v.vsl_typ,
           CASE WHEN b.vsl_id IS NULL THEN CASE WHEN g % 3 = 0 THEN 'P' ELSE 'D' END
                ELSE coalesce(v.fuel_typ, 'P') END AS fuel_cd
    FROM b LEFT JOIN vsl v ON v.vsl_id = b.vsl_id
), q AS (
    SELECT f.*,
           CASE WHEN fuel_cd = 'P' THEN 8 + (g * 13) % 95
                WHEN vsl_typ = 'MY' THEN 120 + (g * 29) % 520
                ELSE 15 + (g * 29) % 160 END + (g % 10) / 10.0 AS litres,
           CASE WHEN fuel_cd = 'D' THEN 1.389 + 0.012 * ((g * 7) % 9) ELSE 1.579 + 0.010 * ((g * 5) % 7) END AS ppl
    FROM f
)
SELECT g, ts, vsl_id, fuel_cd, litres, ppl, round(litres * ppl, 2),
       CASE WHEN vsl_id IS NOT NULL AND g % 3 <> 0 THEN 'ACC' WHEN g % 9 = 4 THEN 'CSH' ELSE 'CRD' END,
       g % 41 = 0,
       (ARRAY['DW','LB','MT'])[1 + g % 3]
FROM q;

-- ---------------------------------------------------------------- wo (boatyard work orders)
CREATE TABLE wo (
    wo_id     integer PRIMARY KEY,
    vsl_id    integer NOT NULL REFERENCES vsl (vsl_id),
    opened_dt date NOT NULL,
    closed_dt date,
    wo_stat   char(1) NOT NULL,
    job_desc  text NOT NULL,
    est_gbp   numeric(8,2),
    parts_gbp numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE wo IS 'Boatyard work orders (jobs on member boats)';
COMMENT ON COLUMN wo.closed_dt IS 'date the job was completed or cancelled; NULL = still open';
COMMENT ON COLUMN wo.wo_stat IS 'O = open (not started), P = in progress, C = complete, X = cancelled';
COMMENT ON COLUMN wo.est_gbp IS 'estimate given to the owner, GBP excl. VAT';
COMMENT ON COLUMN wo.parts_gbp IS 'parts and materials charged, GBP excl. VAT (labour is in wo_lab)';

INSERT INTO wo (wo_id, vsl_id, opened_dt, closed_dt, wo_stat, job_desc, est_gbp, parts_gbp)
WITH b AS (
    SELECT g,
           1 + (g * 31) % 140 AS vsl_id,
           date '2024-01-08' + g * 3 + g % 2 AS opened_dt,
           (ARRAY['Antifoul and polish','Engine service','Replace cutless bearing','Gelcoat repair',
                  'Rigging inspection','Install chartplotter','Winterisation','Saildrive seals',
                  'Standing rigging replacement','Electrical fault finding','Osmosis treatment','Shaft alignment'])[1 + (g * 5) % 12] AS job_desc
    FROM generate_series(1, 225) AS g
), s AS (
    SELECT b.*,
           CASE WHEN g % 17 = 0 THEN 'X'
                WHEN opened_dt > date '2025-10-25' THEN CASE WHEN g % 2 = 0 THEN 'O' ELSE 'P' END
                WHEN g % 43 = 0 THEN 'P'
                ELSE 'C' END AS st
    FROM b
)
SELECT g, vsl_id, opened_dt,
       CASE st WHEN 'C' THEN opened_dt + 1 + (g * 7) % 25 WHEN 'X' THEN opened_dt + 2 + g % 5 END,
       st, job_desc,
       CASE WHEN g % 6 = 0 THEN NULL ELSE 150 + (g * 67) % 1800 END,
       CASE WHEN st = 'X' THEN 0 ELSE round(((g * 131) % 900) + (g % 7) * 12.5, 2) END
FROM s;

-- ---------------------------------------------------------------- wo_lab (labour lines)
CREATE TABLE wo_lab (
    lab_id   integer PRIMARY KEY,
    wo_id    integer NOT NULL REFERENCES wo (wo_id),
    work_dt  date NOT NULL,
    tech_cd  varchar(3) NOT NULL,
    skill_cd char(3) NOT NULL,
    hrs      numeric(4,2) NOT NULL,
    rate_gbp numeric(6,2) NOT NULL
);
COMMENT ON TABLE wo_lab IS 'Hours booked by yard technicians against work orders';
COMMENT ON COLUMN wo_lab.tech_cd IS 'technician initials';
COMMENT ON COLUMN wo_lab.skill_cd IS 'trade: ENG = marine engineer, GRP = GRP / fibreglass, RIG = rigger, ELE = marine electrician, GEN = general yard hand';
COMMENT ON COLUMN wo_lab.hrs IS 'hours worked';
COMMENT ON COLUMN wo_lab.rate_gbp IS 'hourly rate charged, GBP excl. VAT';

INSERT INTO wo_lab (lab_id, wo_id, work_dt, tech_cd, skill_cd, hrs, rate_gbp)
WITH l AS (
    SELECT w.wo_id, w.opened_dt, w.closed_dt, w.job_desc, k
    FROM wo w
    CROSS JOIN LATERAL generate_series(1, 1 + w.wo_id % 4) AS k
    WHERE w.wo_stat IN ('C', 'P')            -- nothing booked yet on open or cancelled jobs
), s AS (
    SELECT l.*,
           CASE WHEN job_desc IN ('Engine service','Replace cutless bearing','Saildrive seals','Shaft alignment','Winterisation')
                     THEN CASE WHEN k = 3 THEN 'GEN' ELSE 'ENG' END
                WHEN job_desc IN ('Gelcoat repair','Osmosis treatment') THEN 'GRP'
                WHEN job_desc IN ('Rigging inspection','Standing rigging replacement') THEN 'RIG'
                WHEN job_desc IN ('Install chartplotter','Electrical fault finding') THEN 'ELE'
                ELSE 'GEN' END AS skill
    FROM l
)
SELECT row_number() OVER (ORDER BY wo_id, k), wo_id,
       least(opened_dt + (k - 1) * 2, coalesce(closed_dt, date '2025-11-28')),
       CASE skill WHEN 'ENG' THEN (ARRAY['JM','RT'])[1 + (wo_id + k) % 2]
                  WHEN 'GRP' THEN 'KH' WHEN 'RIG' THEN 'SP' WHEN 'ELE' THEN 'AL'
                  ELSE (ARRAY['DW','TB'])[1 + k % 2] END,
       skill,
       0.5 + ((wo_id * 7 + k * 3) % 16) * 0.5,
       CASE skill WHEN 'ENG' THEN CASE WHEN opened_dt >= date '2025-01-01' THEN 72 ELSE 68 END
                  WHEN 'GRP' THEN 62 WHEN 'RIG' THEN 65 WHEN 'ELE' THEN 74 ELSE 48 END
FROM s;

-- ---------------------------------------------------------------- haul (lifts / haul-outs)
CREATE TABLE haul (
    haul_id     integer PRIMARY KEY,
    vsl_id      integer NOT NULL,
    lift_ts     timestamptz NOT NULL,
    relaunch_ts timestamptz,
    hoist_cd    char(2) NOT NULL,
    lift_wt_kg  integer,
    chg_gbp     numeric(7,2) NOT NULL,
    wo_id       integer REFERENCES wo (wo_id)
);
COMMENT ON TABLE haul IS 'Boats lifted out of the water and put ashore in the yard';
COMMENT ON COLUMN haul.vsl_id IS 'member boat lifted (vsl.vsl_id)';
COMMENT ON COLUMN haul.relaunch_ts IS 'when the boat went back in the water; NULL = still ashore';
COMMENT ON COLUMN haul.hoist_cd IS 'TL = 50-tonne travel hoist, CR = mobile crane (multihulls and small craft)';
COMMENT ON COLUMN haul.lift_wt_kg IS 'weight read from the hoist load cell, kg; NULL when the load cell was not working';
COMMENT ON COLUMN haul.chg_gbp IS 'lift, pressure-wash and relaunch charge, GBP excl. VAT';
COMMENT ON COLUMN haul.wo_id IS 'work order the lift was done for, if any';

INSERT INTO haul (haul_id, vsl_id, lift_ts, relaunch_ts, hoist_cd, lift_wt_kg, chg_gbp, wo_id)
WITH b AS (
    SELECT g,
           CASE WHEN (1 + (g * 47) % 140) % 6 = 0 THEN (g * 47) % 140 ELSE 1 + (g * 47) % 140 END AS vsl_id,
           timestamptz '2024-01-10 08:00:00+00' + g * 4 * interval '24 hours' + (g % 8) * interval '1 hour'
               + ((g * 13) % 4) * interval '15 minutes' AS lift_ts
    FROM generate_series(1, 170) AS g
)
SELECT g, b.vsl_id, lift_ts,
       CASE WHEN lift_ts > timestamptz '2025-09-15 00:00:00+00' AND g % 3 <> 0 THEN NULL
            WHEN g % 37 = 0 THEN NULL
            WHEN lift_ts + (3 + (g * 11) % 60) * interval '24 hours' > timestamptz '2025-11-28 00:00:00+00' THEN NULL
            ELSE lift_ts + (3 + (g * 11) % 60) * interval '24 hours' + interval '2 hours' END,
       CASE WHEN v.vsl_typ IN ('CT', 'RB') OR g % 10 = 0 THEN 'CR' ELSE 'TL' END,
       CASE WHEN g % 23 = 0 THEN NULL
            ELSE round(v.loa_m * v.loa_m * CASE v.vsl_typ WHEN 'MY' THEN 82 WHEN 'CT' THEN 58 WHEN 'RB' THEN 28 ELSE 55 END
                       + (g * 37) % 500)::int END,
       round(v.loa_m * CASE WHEN v.vsl_typ = 'CT' THEN 38 ELSE 26 END, 2),
       (SELECT w.wo_id FROM wo w
         WHERE w.vsl_id = b.vsl_id AND w.opened_dt BETWEEN (b.lift_ts AT TIME ZONE 'UTC')::date - 3 AND (b.lift_ts AT TIME ZONE 'UTC')::date + 3
         ORDER BY w.wo_id LIMIT 1)
FROM b JOIN vsl v ON v.vsl_id = b.vsl_id;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_id   integer PRIMARY KEY,
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    src_cd   char(3) NOT NULL,
    src_ref  integer,
    net_gbp  numeric(9,2) NOT NULL,
    vat_gbp  numeric(9,2) NOT NULL,
    stat_cd  char(1) NOT NULL
);
COMMENT ON TABLE inv IS 'Invoices raised to members';
COMMENT ON COLUMN inv.src_cd IS 'what was invoiced: BTH = berth fees, YRD = boatyard work, LFT = lift / haul-out';
COMMENT ON COLUMN inv.src_ref IS 'id of the berth contract (brth_ctr), work order (wo) or lift (haul) the invoice is for';
COMMENT ON COLUMN inv.net_gbp IS 'GBP excl. VAT';
COMMENT ON COLUMN inv.vat_gbp IS 'VAT at 20%, GBP';
COMMENT ON COLUMN inv.stat_cd IS 'D = draft (not yet sent to the member), I = issued, awaiting payment, P = paid in full, V = void';

INSERT INTO inv (inv_id, mbr_id, inv_dt, due_dt, src_cd, src_ref, net_gbp, vat_gbp, stat_cd)
WITH s AS (
    SELECT v.mbr_id, c.signed_dt AS inv_dt, 'BTH' AS src_cd, c.ctr_id AS src_ref, c.fee_gbp AS net
    FROM brth_ctr c JOIN vsl v ON v.vsl_id = c.vsl_id
    UNION ALL
    SELECT v.mbr_id, w.closed_dt, 'YRD', w.wo_id,
           w.parts_gbp + coalesce((SELECT sum(l.hrs * l.rate_gbp) FROM wo_lab l WHERE l.wo_id = w.wo_id), 0)
    FROM wo w JOIN vsl v ON v.vsl_id = w.vsl_id
    WHERE w.wo_stat = 'C'
    UNION ALL
    SELECT v.mbr_id, (h.lift_ts AT TIME ZONE 'UTC')::date, 'LFT', h.haul_id, h.chg_gbp
    FROM haul h JOIN vsl v ON v.vsl_id = h.vsl_id
), n AS (
    SELECT s.*, row_number() OVER (ORDER BY inv_dt, src_cd, src_ref) AS rn FROM s
)
SELECT rn, mbr_id, inv_dt, inv_dt + 30, src_cd, src_ref, round(net, 2), round(net * 0.2, 2),
       CASE WHEN inv_dt > date '2025-11-05' THEN 'D'
            WHEN rn % 29 = 0 THEN 'V'
            WHEN inv_dt > date '2025-10-15' OR rn % 11 = 0 OR rn % 7 = 0 THEN 'I'
            ELSE 'P' END
FROM n;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    inv_id  integer NOT NULL REFERENCES inv (inv_id),
    pd_dt   date NOT NULL,
    amt_gbp numeric(9,2) NOT NULL,
    mthd_cd varchar(4) NOT NULL
);
COMMENT ON TABLE pmt IS 'Payments received against invoices (an invoice may be paid in instalments)';
COMMENT ON COLUMN pmt.amt_gbp IS 'amount received, GBP (invoices are paid gross, i.e. incl. VAT)';
COMMENT ON COLUMN pmt.mthd_cd IS 'BACS = bank transfer, CARD, CHQ = cheque, DD = direct debit';

INSERT INTO pmt (pmt_id, inv_id, pd_dt, amt_gbp, mthd_cd)
WITH p AS (
    -- paid in full, in one go or in two instalments
    SELECT inv_id, inv_dt + 1 + (inv_id * 7) % 40 AS pd_dt, net_gbp + vat_gbp AS amt, 1 AS part
    FROM inv WHERE stat_cd = 'P' AND inv_id % 5 <> 0
    UNION ALL
    SELECT inv_id, inv_dt + 4, round((net_gbp + vat_gbp) / 2, 2), 1
    FROM inv WHERE stat_cd = 'P' AND inv_id % 5 = 0
    UNION ALL
    SELECT inv_id, inv_dt + 20 + inv_id % 25, (net_gbp + vat_gbp) - round((net_gbp + vat_gbp) / 2, 2), 2
    FROM inv WHERE stat_cd = 'P' AND inv_id % 5 = 0
    UNION ALL
    -- part-paid, still awaiting the rest
    SELECT inv_id, inv_dt + 6 + inv_id % 10, round((net_gbp + vat_gbp) * 0.5, 2), 1
    FROM inv WHERE stat_cd = 'I' AND inv_id % 7 = 0 AND inv_id % 11 <> 0 AND inv_dt <= date '2025-10-15'
)
SELECT row_number() OVER (ORDER BY pd_dt, inv_id, part), inv_id, pd_dt, amt,
       (ARRAY['BACS','BACS','CARD','DD','CHQ'])[1 + (inv_id + part) % 5]
FROM p;
