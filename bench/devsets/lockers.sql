SET TIME ZONE 'UTC';

-- Made-up schema: a parcel-locker network (locker sites, compartments, carriers, recipients,
-- parcels, parcel events (deposit, pickup, reminders ...), returns to sender, maintenance tickets).
-- Links without a declared foreign key: parcel.rcpt_id -> rcpt.rcpt_id,
-- parcel.cmp_id -> lkr_cmp.cmp_id, mnt_tkt.cmp_id -> lkr_cmp.cmp_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 12:00 UTC (a Black Friday peak of announcements in the last week). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS mnt_tkt;
DROP TABLE IF EXISTS prcl_rtn;
DROP TABLE IF EXISTS prcl_evt;
DROP TABLE IF EXISTS parcel;
DROP TABLE IF EXISTS rcpt;
DROP TABLE IF EXISTS carrier;
DROP TABLE IF EXISTS lkr_cmp;
DROP TABLE IF EXISTS lkr_site;

-- ---------------------------------------------------------------- lkr_site (locker sites)
CREATE TABLE lkr_site (
    site_id   integer PRIMARY KEY,
    site_cd   varchar(6) NOT NULL,
    site_nm   text NOT NULL,
    city      text NOT NULL,
    addr      text NOT NULL,
    site_typ  char(1) NOT NULL,
    is_24h    boolean NOT NULL DEFAULT false,
    opened_dt date NOT NULL
);
COMMENT ON TABLE lkr_site IS 'Locker sites (one locker bank per site)';
COMMENT ON COLUMN lkr_site.site_typ IS 'I = indoor (station, mall, supermarket), O = outdoor (street, car park)';
COMMENT ON COLUMN lkr_site.is_24h IS 'true = accessible around the clock';
COMMENT ON COLUMN lkr_site.opened_dt IS 'date the site went live';

INSERT INTO lkr_site (site_id, site_cd, site_nm, city, addr, site_typ, is_24h, opened_dt)
WITH s AS (
    SELECT g,
           CASE WHEN g <= 10 THEN 'Berlin' WHEN g <= 16 THEN 'Hamburg' WHEN g <= 22 THEN 'München'
                WHEN g <= 26 THEN 'Köln' ELSE 'Leipzig' END AS city,
           CASE WHEN g <= 10 THEN 'BER' WHEN g <= 16 THEN 'HAM' WHEN g <= 22 THEN 'MUC'
                WHEN g <= 26 THEN 'CGN' ELSE 'LEJ' END AS pfx,
           CASE WHEN g <= 10 THEN g WHEN g <= 16 THEN g - 10 WHEN g <= 22 THEN g - 16
                WHEN g <= 26 THEN g - 22 ELSE g - 26 END AS n
    FROM generate_series(1, 30) AS g
)
SELECT g, pfx || lpad(n::text, 3, '0'),
       (ARRAY['Hauptbahnhof','Alexanderplatz','Kantstraße','REWE Sonnenallee','Ostkreuz','Schloßstraße Center',
              'Tegel Parkplatz','Edeka Prenzlauer Berg','Mehringdamm','Kaufland Marzahn',
              'Altona Bahnhof','Mönckebergstraße','Barmbek Parkhaus','Eppendorfer Markt','Wandsbek Quarree','HafenCity',
              'Marienplatz','Ostbahnhof','Schwabing Nord','Pasing Arcaden','Sendlinger Tor','Riem Messe',
              'Ehrenfeld','Deutz Bahnhof','Rudolfplatz','Kalk Karree',
              'Hauptbahnhof Promenaden','Connewitz Kreuz','Plagwitz','Paunsdorf Center'])[g],
       city,
       (ARRAY['Hauptstraße','Bahnhofstraße','Gartenweg','Marktplatz','Lindenallee'])[1 + g % 5] || ' ' || (10 + g * 7)::text,
       CASE WHEN g % 3 = 0 THEN 'O' ELSE 'I' END,
       g % 3 = 0 OR g % 4 = 0,
       CASE WHEN g >= 29 THEN date '2025-11-14' + (g - 29) * 7
            ELSE date '2019-04-01' + g * 53 END
FROM s;

-- ---------------------------------------------------------------- lkr_cmp (compartments)
CREATE TABLE lkr_cmp (
    cmp_id  integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES lkr_site (site_id),
    cmp_no  varchar(4) NOT NULL,
    cmp_sz  varchar(2) NOT NULL,
    in_svc  boolean NOT NULL DEFAULT true,
    inst_dt date NOT NULL
);
COMMENT ON TABLE lkr_cmp IS 'Compartments (doors) of the lockers, 24 per site';
COMMENT ON COLUMN lkr_cmp.cmp_sz IS 'S = small (8 x 38 x 64 cm), M = medium (19 x 38 x 64 cm), L = large (41 x 38 x 64 cm), XL = extra large (60 x 60 x 64 cm)';
COMMENT ON COLUMN lkr_cmp.in_svc IS 'false = out of service, blocked for new deposits';

INSERT INTO lkr_cmp (cmp_id, site_id, cmp_no, cmp_sz, in_svc, inst_dt)
SELECT (s.site_id - 1) * 24 + k, s.site_id,
       chr(65 + (k - 1) / 6) || lpad(((k - 1) % 6 + 1)::text, 2, '0'),
       CASE WHEN k <= 8 THEN 'S' WHEN k <= 16 THEN 'M' WHEN k <= 21 THEN 'L' ELSE 'XL' END,
       NOT (((s.site_id - 1) * 24 + k) % 23 = 0 OR (k >= 22 AND ((s.site_id - 1) * 24 + k) % 5 = 0)),
       s.opened_dt
FROM lkr_site s CROSS JOIN generate_series(1, 24) AS k;

-- ---------------------------------------------------------------- carrier
CREATE TABLE carrier (
    carrier_id     integer PRIMARY KEY,
    carrier_cd     varchar(3) NOT NULL,
    carrier_nm     text NOT NULL,
    contract_since date NOT NULL,
    rtn_fee_eur    numeric(5,2) NOT NULL
);
COMMENT ON COLUMN carrier.rtn_fee_eur IS 'fee billed to the carrier per parcel that expires in a locker, EUR';

INSERT INTO carrier (carrier_id, carrier_cd, carrier_nm, contract_since, rtn_fee_eur) VALUES
    (1, 'DHL', 'DHL Paket',        '2019-03-01', 2.50),
    (2, 'DPD', 'DPD Deutschland',  '2019-09-15', 2.90),
    (3, 'GLS', 'GLS Germany',      '2020-05-01', 2.90),
    (4, 'UPS', 'UPS Deutschland',  '2021-02-01', 3.40),
    (5, 'HER', 'Hermes Germany',   '2019-06-01', 2.20),
    (6, 'AMZ', 'Amazon Logistics', '2022-10-01', 1.90),
    (7, 'FDX', 'FedEx Express',    '2023-04-01', 3.90);

-- ---------------------------------------------------------------- rcpt (recipients / customers)
CREATE TABLE rcpt (
    rcpt_id    integer PRIMARY KEY,
    full_nm    text NOT NULL,
    email      text,
    phone      varchar(20),
    notif_pref char(1),
    home_city  text,
    reg_ts     timestamptz NOT NULL
);
COMMENT ON TABLE rcpt IS 'Registered recipients (app / web accounts)';
COMMENT ON COLUMN rcpt.notif_pref IS 'how the pickup code is sent: S = SMS, E = e-mail, A = app push, NULL = never chosen (app push by default)';

INSERT INTO rcpt (rcpt_id, full_nm, email, phone, notif_pref, home_city, reg_ts)
SELECT g, fn || ' ' || ln,
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(translate(fn || '.' || ln, 'äöüßçğış', 'aousçgis')) || g || '@mail.example' END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE '+49 15' || (g % 10)::text || ' ' || lpad(((g * 7919) % 10000000)::text, 7, '0') END,
       CASE g % 6 WHEN 0 THEN 'S' WHEN 1 THEN 'E' WHEN 2 THEN 'A' WHEN 3 THEN 'A' WHEN 4 THEN NULL ELSE 'S' END,
       CASE WHEN g % 19 = 0 THEN NULL
            ELSE (ARRAY['Berlin','Berlin','Hamburg','München','Köln','Leipzig','Potsdam'])[1 + (g * 3) % 7] END,
       timestamptz '2021-06-01 10:00:00+00' + g * interval '8 hours' + ((g * 11) % 60) * interval '1 minute'
FROM (
    SELECT g,
           (ARRAY['Anna','Lukas','Mia','Leon','Emilia','Paul','Sofia','Jonas','Lea','Finn',
                  'Olga','Dmitri','Ayşe','Mehmet','Katarzyna','Piotr','Jana','Tobias','Elif','Sergej'])[1 + g % 20] AS fn,
           (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
                  'Yılmaz','Kaya','Nowak','Kowalski','Iwanow','Petrow','Koch','Richter','Klein','Wolf','Schröder'])[1 + (g * 7) % 21] AS ln
    FROM generate_series(1, 2000) AS g
) t;

-- ---------------------------------------------------------------- parcel
CREATE TABLE parcel (
    prcl_id    integer PRIMARY KEY,
    trk_no     varchar(20) NOT NULL,
    carrier_id integer NOT NULL REFERENCES carrier (carrier_id),
    rcpt_id    integer NOT NULL,
    site_id    integer NOT NULL REFERENCES lkr_site (site_id),
    cmp_id     integer,
    wt_g       integer NOT NULL,
    cod_eur    numeric(7,2),
    st         char(1),
    annc_ts    timestamptz NOT NULL,
    dep_ts     timestamptz,
    pkp_due_ts timestamptz,
    coll_ts    timestamptz
);
COMMENT ON TABLE parcel IS 'Parcels addressed to a locker site';
COMMENT ON COLUMN parcel.rcpt_id IS 'recipient (rcpt.rcpt_id)';
COMMENT ON COLUMN parcel.site_id IS 'locker site the parcel is addressed to';
COMMENT ON COLUMN parcel.cmp_id IS 'compartment (lkr_cmp.cmp_id) the courier put the parcel in; NULL until deposited';
COMMENT ON COLUMN parcel.wt_g IS 'weight declared by the carrier, grams';
COMMENT ON COLUMN parcel.cod_eur IS 'cash on delivery amount the recipient pays at the locker, EUR; NULL = prepaid';
COMMENT ON COLUMN parcel.st IS 'D = deposited, waiting in the locker, C = collected by the recipient, E = expired (not collected before the deadline, returned to sender), R = refused at the locker before deposit (did not fit / damaged, returned to sender), NULL = announced, not yet deposited';
COMMENT ON COLUMN parcel.annc_ts IS 'when the carrier announced the parcel';
COMMENT ON COLUMN parcel.dep_ts IS 'when the courier deposited it in the locker';
COMMENT ON COLUMN parcel.pkp_due_ts IS 'pickup deadline (72 h after deposit)';
COMMENT ON COLUMN parcel.coll_ts IS 'when the recipient collected it';

INSERT INTO parcel (prcl_id, trk_no, carrier_id, rcpt_id, site_id, cmp_id, wt_g, cod_eur, st,
                    annc_ts, dep_ts, pkp_due_ts, coll_ts)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 6000
                THEN timestamptz '2024-01-02 06:00:00+00' + g * interval '167 minutes' + ((g * 37) % 90) * interval '1 minute'
                ELSE timestamptz '2025-11-24 12:00:00+00' + (g - 6000) * interval '18 minutes'   -- Black Friday peak
                END AS annc_ts,
           CASE g % 10 WHEN 0 THEN 1 WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 2
                       WHEN 5 THEN 3 WHEN 6 THEN 4 WHEN 7 THEN 5 WHEN 8 THEN 5
                       ELSE CASE WHEN g % 30 = 9 THEN 7 ELSE 6 END END AS carrier_id,
           CASE WHEN g % 6 = 0 THEN 1 + (g / 6) % 5 ELSE 1 + (g * 11) % 28 END AS site_id,
           CASE WHEN g % 11 = 0 THEN 1 + (g / 11) % 40 ELSE 1 + (g * 37) % 2000 END AS rcpt_id,
           CASE WHEN (g / 7 + g / 11) % 10 <= 3 THEN 'S' WHEN (g / 7 + g / 11) % 10 <= 6 THEN 'M'
                WHEN (g / 7 + g / 11) % 10 <= 8 THEN 'L' ELSE 'XL' END AS sz
    FROM generate_series(1, 6400) AS g
), d AS (
    SELECT b.*,
           CASE WHEN g % 41 = 0 OR g % 97 = 0 THEN NULL
                ELSE annc_ts + (6 + (g * 13) % 40) * interval '1 hour' END AS dep0,
           CASE WHEN g % 23 = 0 THEN (73 + g % 20) * interval '1 hour'
                ELSE (1 + (g * 17) % 60) * interval '1 hour' END + ((g * 7) % 60) * interval '1 minute' AS dwell
    FROM b
), e AS (
    SELECT d.*,
           CASE WHEN dep0 > timestamptz '2025-11-30 12:00:00+00' THEN NULL ELSE dep0 END AS dep_ts
    FROM d
), f AS (
    SELECT e.*,
           CASE WHEN g % 41 = 0 THEN 'R'
                WHEN dep_ts IS NULL THEN NULL
                WHEN g % 13 = 0 OR g % 29 = 0 OR (carrier_id = 5 AND g % 7 = 0) THEN
                     CASE WHEN dep_ts + interval '94 hours' <= timestamptz '2025-11-30 12:00:00+00' THEN 'E' ELSE 'D' END
                WHEN dep_ts + dwell <= timestamptz '2025-11-30 12:00:00+00' THEN 'C'
                ELSE 'D' END AS st
    FROM e
)
SELECT g,
       (ARRAY['00340434', '01', 'H', '1Z', '', 'TBA', '7'])[carrier_id] || lpad(((g * 104729) % 100000000)::text, 10, '0'),
       carrier_id, rcpt_id, site_id,
       CASE WHEN dep_ts IS NOT NULL THEN (site_id - 1) * 24 +
            CASE sz WHEN 'S' THEN 1 + (g * 7) % 8 WHEN 'M' THEN 9 + (g * 7) % 8
                    WHEN 'L' THEN 17 + (g * 7) % 5 ELSE 22 + (g * 7) % 3 END END,
       CASE sz WHEN 'S' THEN 100 + (g * 37) % 1400 WHEN 'M' THEN 500 + (g * 53) % 3500
               WHEN 'L' THEN 1500 + (g * 71) % 8000 ELSE 4000 + (g * 89) % 21000 END,
       CASE WHEN g % 9 = 0 THEN 9.99 + (g % 40) * 2.5 END,
       st, annc_ts, dep_ts,
       dep_ts + interval '72 hours',
       CASE WHEN st = 'C' THEN dep_ts + dwell END
FROM f;

-- ---------------------------------------------------------------- prcl_evt (parcel events)
CREATE TABLE prcl_evt (
    evt_id  integer PRIMARY KEY,
    prcl_id integer NOT NULL REFERENCES parcel (prcl_id),
    evt_cd  varchar(3) NOT NULL,
    evt_ts  timestamptz NOT NULL,
    actor   char(1) NOT NULL
);
COMMENT ON TABLE prcl_evt IS 'Event log of the lockers, one row per event on a parcel';
COMMENT ON COLUMN prcl_evt.evt_cd IS 'DEP = deposited by the courier, NTF = pickup code sent to the recipient, RMD = reminder sent (48 h after deposit, if still not collected), DOF = door failed to open, PUP = picked up by the recipient, EXP = taken back by the courier after the deadline (return to sender)';
COMMENT ON COLUMN prcl_evt.actor IS 'C = courier, R = recipient, S = system';

INSERT INTO prcl_evt (evt_id, prcl_id, evt_cd, evt_ts, actor)
WITH e AS (
    SELECT prcl_id, 'DEP' AS evt_cd, dep_ts AS evt_ts, 'C' AS actor FROM parcel WHERE dep_ts IS NOT NULL
    UNION ALL
    SELECT prcl_id, 'NTF', dep_ts + interval '2 minutes', 'S' FROM parcel WHERE dep_ts IS NOT NULL
    UNION ALL
    SELECT prcl_id, 'RMD', dep_ts + interval '48 hours', 'S' FROM parcel
    WHERE dep_ts IS NOT NULL AND dep_ts + interval '48 hours' <= timestamptz '2025-11-30 12:00:00+00'
      AND (coll_ts IS NULL OR coll_ts > dep_ts + interval '48 hours')
    UNION ALL
    SELECT prcl_id, 'DOF', coll_ts - interval '4 minutes', 'R' FROM parcel WHERE coll_ts IS NOT NULL AND prcl_id % 37 = 0
    UNION ALL
    SELECT prcl_id, 'PUP', coll_ts, 'R' FROM parcel WHERE coll_ts IS NOT NULL
    UNION ALL
    SELECT prcl_id, 'EXP', pkp_due_ts + (2 + prcl_id % 20) * interval '1 hour', 'C' FROM parcel WHERE st = 'E'
)
SELECT row_number() OVER (ORDER BY evt_ts, prcl_id, evt_cd), prcl_id, evt_cd, evt_ts, actor
FROM e;

-- ---------------------------------------------------------------- prcl_rtn (returns to sender)
CREATE TABLE prcl_rtn (
    rtn_id      integer PRIMARY KEY,
    prcl_id     integer NOT NULL REFERENCES parcel (prcl_id),
    rtn_rsn     varchar(3) NOT NULL,
    rtn_ts      timestamptz NOT NULL,
    rtn_fee_eur numeric(5,2)
);
COMMENT ON TABLE prcl_rtn IS 'Parcels handed back to the carrier for return to sender';
COMMENT ON COLUMN prcl_rtn.rtn_rsn IS 'EXP = not collected before the deadline, OVS = did not fit any free compartment, DMG = damaged, refused at deposit';
COMMENT ON COLUMN prcl_rtn.rtn_ts IS 'when the carrier took the parcel back';
COMMENT ON COLUMN prcl_rtn.rtn_fee_eur IS 'fee billed to the carrier for the return, EUR; NULL = waived';

INSERT INTO prcl_rtn (rtn_id, prcl_id, rtn_rsn, rtn_ts, rtn_fee_eur)
WITH r AS (
    SELECT p.prcl_id, 'EXP' AS rtn_rsn, v.evt_ts AS rtn_ts,
           CASE WHEN p.prcl_id % 19 = 0 THEN NULL ELSE c.rtn_fee_eur END AS fee
    FROM parcel p
    JOIN prcl_evt v ON v.prcl_id = p.prcl_id AND v.evt_cd = 'EXP'
    JOIN carrier c ON c.carrier_id = p.carrier_id
    WHERE p.st = 'E'
    UNION ALL
    SELECT p.prcl_id, CASE WHEN p.prcl_id % 2 = 0 THEN 'OVS' ELSE 'DMG' END,
           p.annc_ts + (8 + p.prcl_id % 30) * interval '1 hour',
           CASE WHEN p.prcl_id % 2 = 0 THEN 1.50 ELSE 0 END
    FROM parcel p
    WHERE p.st = 'R'
)
SELECT row_number() OVER (ORDER BY rtn_ts, prcl_id), prcl_id, rtn_rsn, rtn_ts, fee
FROM r;

-- ---------------------------------------------------------------- mnt_tkt (maintenance tickets)
CREATE TABLE mnt_tkt (
    tkt_id       integer PRIMARY KEY,
    cmp_id       integer NOT NULL,
    opened_ts    timestamptz NOT NULL,
    closed_ts    timestamptz,
    issue_cd     varchar(2) NOT NULL,
    prio         smallint NOT NULL,
    downtime_min integer,
    tech_nm      text
);
COMMENT ON TABLE mnt_tkt IS 'Maintenance tickets raised on a compartment';
COMMENT ON COLUMN mnt_tkt.cmp_id IS 'compartment (lkr_cmp.cmp_id) the ticket was raised on';
COMMENT ON COLUMN mnt_tkt.closed_ts IS 'when the ticket was closed; NULL = still open';
COMMENT ON COLUMN mnt_tkt.issue_cd IS 'DJ = door jammed, LK = lock / door sensor failure, SC = touchscreen or display fault, PW = power or network outage, VD = vandalism, CL = cleaning needed';
COMMENT ON COLUMN mnt_tkt.prio IS '1 = urgent, 2 = normal, 3 = low';
COMMENT ON COLUMN mnt_tkt.downtime_min IS 'minutes the compartment could not be used; NULL while the ticket is open';

INSERT INTO mnt_tkt (tkt_id, cmp_id, opened_ts, closed_ts, issue_cd, prio, downtime_min, tech_nm)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-01 07:00:00+00' + g * interval '23 hours 55 minutes' + ((g * 29) % 60) * interval '1 minute' AS opened_ts,
           CASE WHEN g % 10 = 0 THEN 1 + (g * 7) % 24
                WHEN g % 5 = 0 THEN 25 + (g * 7) % 36
                WHEN g % 3 = 0 THEN (3 * (1 + (g / 3) % 9) - 1) * 24 + 1 + (g * 11) % 24
                ELSE 1 + (g * 37) % 672 END AS cmp_id,
           (ARRAY['DJ','LK','SC','PW','VD','CL','DJ','LK'])[1 + (g * 5) % 8] AS issue_cd
    FROM generate_series(1, 700) AS g
), c AS (
    SELECT b.*,
           CASE WHEN issue_cd IN ('PW', 'VD') THEN 1 WHEN issue_cd = 'CL' THEN 3 ELSE 2 END AS prio,
           CASE WHEN g % 37 = 0 OR (opened_ts > timestamptz '2025-10-20 00:00:00+00' AND g % 2 = 0) THEN NULL
                ELSE opened_ts + (30 + (g * 53) % 2000) * interval '1 minute' END AS closed_ts
    FROM b
)
SELECT g, cmp_id, opened_ts, closed_ts, issue_cd, prio,
       CASE WHEN closed_ts IS NULL THEN NULL
            WHEN issue_cd = 'CL' THEN 0
            ELSE (extract(epoch FROM closed_ts - opened_ts) / 60)::int - g % 30 END,
       CASE WHEN closed_ts IS NULL AND g % 3 = 0 THEN NULL
            ELSE (ARRAY['K. Brandt','S. Öztürk','M. Lehmann','A. Popov','J. Krüger','T. Nguyen'])[1 + (g * 7) % 6] END
FROM c;
