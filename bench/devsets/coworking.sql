SET TIME ZONE 'UTC';
-- Made-up schema: a coworking-space operator: locations, spaces (desks, offices, meeting rooms,
-- phone booths), member companies, members, memberships (plans), room bookings, door access
-- events (badge swipes), invoices, support requests.
-- Links without a foreign key: door_evt.badge_no -> member.badge_no, mbrshp.home_loc -> location.loc_id,
-- sup_tkt.loc_id -> location.loc_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS sup_tkt;
DROP TABLE IF EXISTS invoice;
DROP TABLE IF EXISTS door_evt;
DROP TABLE IF EXISTS bk_slot;
DROP TABLE IF EXISTS mbrshp;
DROP TABLE IF EXISTS member;
DROP TABLE IF EXISTS company;
DROP TABLE IF EXISTS spc;
DROP TABLE IF EXISTS location;

-- ---------------------------------------------------------------- location
CREATE TABLE location (
    loc_id       integer PRIMARY KEY,
    loc_nm       text NOT NULL,
    city         text NOT NULL,
    street       text NOT NULL,
    opened_dt    date NOT NULL,
    floor_m2     integer NOT NULL,
    has_parking  boolean NOT NULL DEFAULT false,
    open_24h     boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN location.floor_m2 IS 'rentable floor area, square metres';
COMMENT ON COLUMN location.open_24h IS 'true = members can badge in around the clock';

INSERT INTO location (loc_id, loc_nm, city, street, opened_dt, floor_m2, has_parking, open_24h) VALUES
    (1, 'Mitte Hub',        'Berlin',    'Torstraße 140',       '2019-04-01', 1800, false, true),
    (2, 'Kreuzberg Yard',   'Berlin',    'Köpenicker Str. 70',  '2021-09-01', 1200, true,  false),
    (3, 'Isar Works',       'Munich',    'Zweibrückenstr. 12',  '2020-02-15', 1500, true,  true),
    (4, 'Speicher Hamburg', 'Hamburg',   'Am Sandtorkai 40',    '2022-05-01', 1100, false, false),
    (5, 'Canal House',      'Amsterdam', 'Herengracht 300',     '2023-03-01',  900, false, true),
    (6, 'Prater Loft',      'Vienna',    'Praterstraße 25',     '2023-11-01',  700, true,  false);

-- ---------------------------------------------------------------- spc (spaces)
CREATE TABLE spc (
    spc_id       integer PRIMARY KEY,
    loc_id       integer NOT NULL REFERENCES location (loc_id),
    spc_cd       varchar(10) NOT NULL,
    spc_nm       text,
    spc_typ      char(1) NOT NULL,
    seats        smallint NOT NULL,
    area_m2      numeric(5,1) NOT NULL,
    hr_rate_eur  numeric(6,2),
    is_bookable  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE spc IS 'Every desk, office, meeting room and phone booth';
COMMENT ON COLUMN spc.spc_typ IS 'H = hot desk, D = dedicated desk, O = private office, M = meeting room, P = phone booth';
COMMENT ON COLUMN spc.spc_nm IS 'display name of meeting rooms; NULL for desks, offices and booths';
COMMENT ON COLUMN spc.hr_rate_eur IS 'price per hour for bookable rooms, EUR; NULL = not sold by the hour';
COMMENT ON COLUMN spc.is_bookable IS 'true = can be reserved in the booking app (bk_slot)';

INSERT INTO spc (spc_id, loc_id, spc_cd, spc_nm, spc_typ, seats, area_m2, hr_rate_eur, is_bookable)
WITH b AS (
    SELECT g, 1 + (g - 1) / 24 AS loc_id, (g - 1) % 24 + 1 AS k
    FROM generate_series(1, 144) AS g
), t AS (
    SELECT b.*,
           CASE WHEN k <= 8 THEN 'H' WHEN k <= 13 THEN 'D' WHEN k <= 18 THEN 'O' WHEN k <= 22 THEN 'M' ELSE 'P' END AS typ
    FROM b
), s AS (
    SELECT t.*,
           CASE typ WHEN 'O' THEN 2 + (g * 3) % 7 WHEN 'M' THEN 4 + (g * 5) % 13 ELSE 1 END AS seats
    FROM t
)
SELECT g, loc_id,
       (ARRAY['MIT','KRZ','ISA','SPH','CNL','PRT'])[loc_id] || '-' || typ || lpad(k::text, 2, '0'),
       CASE WHEN typ = 'M' THEN (ARRAY['Ada','Turing','Hopper','Lovelace','Curie','Noether','Meitner','Franklin',
                                       'Tesla','Zuse','Hamilton','Goodall','Kepler','Nobel','Planck','Bohr',
                                       'Darwin','Euler','Gauss','Humboldt','Leibniz','Mendel','Newton','Pascal'])[(loc_id - 1) * 4 + k - 18]
            END,
       typ, seats,
       CASE typ WHEN 'H' THEN 4.0 WHEN 'D' THEN 6.0 WHEN 'P' THEN 2.5
                WHEN 'O' THEN seats * 3.2 + (g % 5) * 1.5
                ELSE 10 + seats * 2.1 END,
       CASE typ WHEN 'M' THEN 20 + seats * 4 WHEN 'P' THEN 6 END,
       typ IN ('M', 'P') AND NOT (loc_id = 4 AND k = 22)
FROM s;

-- ---------------------------------------------------------------- company
CREATE TABLE company (
    co_id       integer PRIMARY KEY,
    co_nm       text NOT NULL,
    industry    text NOT NULL,
    vat_no      varchar(16),
    created_at  timestamptz NOT NULL
);
COMMENT ON TABLE company IS 'Member companies (teams renting desks or offices)';
COMMENT ON COLUMN company.industry IS 'software, fintech, design, consulting, marketing, ngo, legal, biotech';

INSERT INTO company (co_id, co_nm, industry, vat_no, created_at)
SELECT g,
       (ARRAY['Bytewerk','Paylane','Studio Kranich','Nordlicht Consulting','Funkhaus Media','Clean Rivers e.V.','Kanzlei Brandt','CellCraft Bio',
              'Quellcode Labs','Ledgerly','Formfrei Design','Brightpath Advisory','Loud & Clear Marketing','Open Schools Initiative','Legalis Partners','Genomix',
              'Stackhaus','Tally Finance','Pixelgarten','Meridian Strategy','Growthbeat','Food for All','Vogel & Hahn Rechtsanwälte','Proteo Labs',
              'Devbrücke','Coinfold','Atelier Nord','Keystone Consulting','Adlift','Water Aid Nord','Lexum','Biomerge',
              'Cloudfalke','Finbloc','Grafikhaus','Pivotal Partners','Brandwerk','Seebrücke Hilfe','Rechtsklar','Enzymatic'])[g],
       (ARRAY['software','fintech','design','consulting','marketing','ngo','legal','biotech'])[1 + (g - 1) % 8],
       CASE WHEN g % 8 = 6 OR g % 11 = 0 THEN NULL ELSE 'DE' || (811000000 + g * 7919)::text END,
       timestamptz '2023-05-15 10:00:00+00' + g * interval '9 days' + (g * 7) * interval '1 hour'
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- member
CREATE TABLE member (
    member_id    integer PRIMARY KEY,
    co_id        integer REFERENCES company (co_id),
    first_nm     text NOT NULL,
    last_nm      text NOT NULL,
    email        text,
    badge_no     varchar(10) NOT NULL UNIQUE,
    joined_at    timestamptz NOT NULL,
    is_co_admin  boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN member.co_id IS 'company the member belongs to; NULL = individual member (freelancer)';
COMMENT ON COLUMN member.badge_no IS 'number printed on the access badge; door_evt.badge_no refers to it';
COMMENT ON COLUMN member.is_co_admin IS 'true = may manage the company account and see its invoices';

INSERT INTO member (member_id, co_id, first_nm, last_nm, email, badge_no, joined_at, is_co_admin)
SELECT g, co, fn, ln,
       CASE WHEN g % 29 = 0 THEN NULL ELSE lower(fn || '.' || ln || g::text || '@example.com') END,
       'BD' || (40000 + g * 13)::text,
       timestamptz '2023-06-01 09:00:00+00' + g * interval '38 hours' + ((g * 7) % 60) * interval '1 minute',
       co IS NOT NULL AND g % 9 = 1
FROM (
    SELECT g,
           CASE WHEN g > 410 THEN 38 + (g - 411) % 3
                WHEN g % 6 = 0 THEN NULL
                ELSE 1 + (g * 7) % 37 END AS co,
           (ARRAY['Anna','Jonas','Lea','Felix','Mia','Paul','Emilia','Ben','Sofia','Leon','Hannah','Elias',
                  'Clara','Noah','Marie','Luca','Ida','Finn','Olga','Dmitri','Aylin','Mateo','Zoe','Karim'])[1 + g % 24] AS fn,
           (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Hoffmann','Schulz',
                  'Koch','Richter','Klein','Wolf','Neumann','Schwarz','Braun','Zimmermann','Krüger','Hartmann',
                  'Lange','Werner','Ivanova'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 420) AS g
) t;

-- ---------------------------------------------------------------- mbrshp (memberships / plans)
CREATE TABLE mbrshp (
    ms_id       integer PRIMARY KEY,
    member_id   integer NOT NULL REFERENCES member (member_id),
    plan_cd     char(2) NOT NULL,
    home_loc    integer NOT NULL,
    spc_id      integer REFERENCES spc (spc_id),
    start_dt    date NOT NULL,
    end_dt      date,
    mo_fee_eur  numeric(8,2) NOT NULL,
    auto_rnw    boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN mbrshp.plan_cd IS 'FX = flex (10 days a month, hot desk), HD = unlimited hot desk, DD = dedicated desk, PO = private office, VO = virtual office (business address and mail handling only, no desk)';
COMMENT ON COLUMN mbrshp.home_loc IS 'home location of the membership (location.loc_id)';
COMMENT ON COLUMN mbrshp.spc_id IS 'assigned desk or office for DD and PO plans; NULL otherwise';
COMMENT ON COLUMN mbrshp.end_dt IS 'last day of the membership; NULL = running (not cancelled)';
COMMENT ON COLUMN mbrshp.mo_fee_eur IS 'monthly fee before VAT, EUR';

INSERT INTO mbrshp (ms_id, member_id, plan_cd, home_loc, spc_id, start_dt, end_dt, mo_fee_eur, auto_rnw)
WITH m AS (
    SELECT member_id AS g, co_id, joined_at::date AS d0,
           1 + (member_id * 5) % 6 AS home,
           CASE WHEN co_id IS NULL THEN (ARRAY['FX','HD','VO','HD'])[1 + member_id % 4]
                ELSE (ARRAY['HD','DD','PO','FX','DD','VO','PO'])[1 + member_id % 7] END AS plan1
    FROM member
), e AS (
    SELECT m.*,
           CASE WHEN g % 4 = 0 THEN (d0 + (4 + g % 8) * interval '1 month' - interval '1 day')::date
                WHEN g % 7 = 3 THEN (d0 + (6 + g % 10) * interval '1 month' - interval '1 day')::date END AS end1
    FROM m
), e2 AS (
    SELECT g, co_id, d0, home, plan1, CASE WHEN end1 <= date '2025-11-30' THEN end1 END AS end1 FROM e
), u AS (
    SELECT g, plan1 AS plan, home, d0 AS start_dt, end1 AS end_dt, 1 AS seq FROM e2
    UNION ALL
    SELECT g, CASE plan1 WHEN 'FX' THEN 'HD' WHEN 'HD' THEN 'DD' WHEN 'DD' THEN 'PO' WHEN 'PO' THEN 'DD' ELSE 'FX' END,
           home, end1 + 1, NULL, 2
    FROM e2 WHERE g % 4 = 0 AND end1 IS NOT NULL
), n AS (
    SELECT u.*, row_number() OVER (ORDER BY start_dt, g) AS rn FROM u
)
SELECT rn, g, plan, home,
       CASE plan WHEN 'DD' THEN (home - 1) * 24 + 9 + g % 5 WHEN 'PO' THEN (home - 1) * 24 + 14 + g % 5 END,
       start_dt, end_dt,
       round((CASE plan WHEN 'FX' THEN 149 WHEN 'HD' THEN 249 WHEN 'DD' THEN 349 WHEN 'PO' THEN 690 ELSE 59 END)
             * (CASE home WHEN 3 THEN 1.10 WHEN 5 THEN 1.15 ELSE 1.00 END) * (CASE seq WHEN 2 THEN 1.05 ELSE 1 END), 0),
       g % 3 <> 0
FROM n;

-- ---------------------------------------------------------------- bk_slot (room bookings)
CREATE TABLE bk_slot (
    bk_id      integer PRIMARY KEY,
    spc_id     integer NOT NULL REFERENCES spc (spc_id),
    member_id  integer NOT NULL REFERENCES member (member_id),
    bk_start   timestamptz NOT NULL,
    bk_end     timestamptz NOT NULL,
    att_cnt    smallint NOT NULL,
    bk_stat    char(1) NOT NULL,
    crt_ts     timestamptz NOT NULL,
    chk_in_ts  timestamptz
);
COMMENT ON TABLE bk_slot IS 'Reservations of meeting rooms and phone booths';
COMMENT ON COLUMN bk_slot.att_cnt IS 'number of attendees entered when booking';
COMMENT ON COLUMN bk_slot.bk_stat IS 'C = confirmed (held), X = cancelled by the member, N = no-show (booked but nobody checked in)';
COMMENT ON COLUMN bk_slot.crt_ts IS 'when the booking was made';
COMMENT ON COLUMN bk_slot.chk_in_ts IS 'when the room was checked in at the door tablet; NULL = never checked in';

INSERT INTO bk_slot (bk_id, spc_id, member_id, bk_start, bk_end, att_cnt, bk_stat, crt_ts, chk_in_ts)
WITH r AS (
    SELECT spc_id, spc_typ, seats,
           row_number() OVER (PARTITION BY spc_typ ORDER BY spc_id) AS rn,
           count(*) OVER (PARTITION BY spc_typ) AS cnt
    FROM spc WHERE is_bookable
), b AS (
    SELECT g,
           CASE WHEN g % 10 < 7 THEN 'M' ELSE 'P' END AS typ,
           ((g - 1) * 697) / 3400 AS day,
           least(410, ((215 + ((g - 1) * 697) / 3400) * 24) / 38) AS maxid
    FROM generate_series(1, 3400) AS g
), c AS (
    SELECT b.*,
           CASE WHEN g % 3 = 0 AND (ARRAY[12,12,12,27,27,45,88,131,160,203,256,300])[1 + (g / 3) % 12] <= maxid
                THEN (ARRAY[12,12,12,27,27,45,88,131,160,203,256,300])[1 + (g / 3) % 12]
                ELSE 1 + (g * 61) % maxid END AS member_id,
           CASE WHEN g % 11 = 0 THEN 'X' WHEN g % 13 = 0 OR g % 17 = 0 THEN 'N' ELSE 'C' END AS st,
           timestamptz '2024-01-02 00:00:00+00' + day * interval '1 day'
               + (8 + (g * 7) % 10) * interval '1 hour' + (g % 2) * interval '30 minutes' AS st_ts
    FROM b
)
SELECT c.g, r.spc_id, c.member_id, c.st_ts,
       c.st_ts + CASE WHEN c.typ = 'M' THEN (ARRAY[30,60,60,90,120,60,180,240])[1 + (c.g * 3) % 8]
                      ELSE (ARRAY[30,60])[1 + c.g % 2] END * interval '1 minute',
       CASE WHEN c.g % 23 = 0 AND c.st = 'C' THEN r.seats + 1 + c.g % 3
            WHEN c.typ = 'M' THEN 1 + (c.g * 7) % r.seats
            ELSE 1 END,
       c.st,
       c.st_ts - (1 + (c.g * 13) % 20) * interval '1 day' - ((c.g * 5) % 12) * interval '1 hour',
       CASE WHEN c.st = 'C' THEN c.st_ts + ((c.g % 9) - 3) * interval '1 minute' END
FROM c
JOIN r ON r.spc_typ = c.typ AND r.rn = 1 + (c.g * 29) % r.cnt;

-- ---------------------------------------------------------------- door_evt (badge swipes)
CREATE TABLE door_evt (
    evt_id    bigint PRIMARY KEY,
    badge_no  varchar(10) NOT NULL,
    loc_id    integer NOT NULL REFERENCES location (loc_id),
    door_cd   varchar(8) NOT NULL,
    swp_ts    timestamptz NOT NULL,
    dir       char(1) NOT NULL,
    res_cd    char(1) NOT NULL
);
COMMENT ON TABLE door_evt IS 'Access-control log: one row per badge swipe at a door reader';
COMMENT ON COLUMN door_evt.badge_no IS 'badge swiped (member.badge_no); visitor day badges start with V and belong to no member';
COMMENT ON COLUMN door_evt.dir IS 'I = in (entry reader), O = out (exit reader)';
COMMENT ON COLUMN door_evt.res_cd IS 'G = granted, D = denied (unknown, expired or blocked badge), T = tailgating alarm (door held open)';

INSERT INTO door_evt (evt_id, badge_no, loc_id, door_cd, swp_ts, dir, res_cd)
WITH b AS (
    SELECT g,
           ((g - 1) * 697) / 9000 AS day,
           least(420, ((215 + ((g - 1) * 697) / 9000) * 24) / 38) AS maxid
    FROM generate_series(1, 9000) AS g
), c AS (
    SELECT b.*, 1 + (g * 67 + g / 11) % maxid AS mid, g % 37 = 0 AS visitor FROM b
)
SELECT 100000 + g,
       CASE WHEN visitor THEN 'V' || lpad((g % 50)::text, 3, '0') ELSE 'BD' || (40000 + mid * 13)::text END,
       CASE WHEN visitor OR g % 8 = 0 THEN 1 + g % 6 ELSE 1 + (mid * 5) % 6 END,
       (ARRAY['MAIN','MAIN','MAIN','SIDE','LIFT'])[1 + (g * 3) % 5],
       timestamptz '2024-01-02 00:00:00+00' + day * interval '1 day' + (7 + (g * 11) % 13) * interval '1 hour'
           + ((g * 17) % 60) * interval '1 minute' + ((g * 7) % 60) * interval '1 second',
       CASE WHEN (g * 7 + g / 13) % 3 = 0 THEN 'O' ELSE 'I' END,
       CASE WHEN visitor AND g % 2 = 0 THEN 'D'
            WHEN g % 29 = 0 THEN 'D'
            WHEN g % 71 = 0 THEN 'T'
            ELSE 'G' END
FROM c;

-- ---------------------------------------------------------------- invoice
CREATE TABLE invoice (
    inv_no    integer PRIMARY KEY,
    ms_id     integer NOT NULL REFERENCES mbrshp (ms_id),
    bill_mo   date NOT NULL,
    iss_dt    date NOT NULL,
    due_dt    date NOT NULL,
    amt_eur   numeric(10,2) NOT NULL,
    vat_eur   numeric(10,2) NOT NULL,
    pd_dt     date,
    inv_st    char(1) NOT NULL
);
COMMENT ON TABLE invoice IS 'Monthly membership invoices, one per membership and month';
COMMENT ON COLUMN invoice.bill_mo IS 'first day of the month billed';
COMMENT ON COLUMN invoice.amt_eur IS 'amount before VAT, EUR';
COMMENT ON COLUMN invoice.vat_eur IS 'VAT (19%), EUR';
COMMENT ON COLUMN invoice.pd_dt IS 'date the payment arrived; NULL = not paid';
COMMENT ON COLUMN invoice.inv_st IS 'O = open (awaiting payment), P = paid, C = credited (cancelled with a credit note)';

INSERT INTO invoice (inv_no, ms_id, bill_mo, iss_dt, due_dt, amt_eur, vat_eur, pd_dt, inv_st)
WITH mo AS (
    SELECT ms.ms_id, ms.mo_fee_eur, m::date AS bill_mo
    FROM mbrshp ms
    CROSS JOIN LATERAL generate_series(date_trunc('month', ms.start_dt),
                                       date_trunc('month', coalesce(ms.end_dt, date '2025-11-30')),
                                       interval '1 month') AS m
), n AS (
    SELECT mo.*, row_number() OVER (ORDER BY bill_mo, ms_id) AS rn FROM mo
), s AS (
    SELECT n.*, bill_mo + (1 + (rn * 7) % 20)::int AS pay_dt,
           CASE WHEN rn % 43 = 0 THEN 'C'
                WHEN rn % 31 = 0 THEN 'O'
                WHEN bill_mo + (1 + (rn * 7) % 20)::int > date '2025-11-30' THEN 'O'
                ELSE 'P' END AS st
    FROM n
)
SELECT 700000 + rn, ms_id, bill_mo, bill_mo, bill_mo + 14, mo_fee_eur, round(mo_fee_eur * 0.19, 2),
       CASE WHEN st = 'P' THEN pay_dt END, st
FROM s;

-- ---------------------------------------------------------------- sup_tkt (support requests)
CREATE TABLE sup_tkt (
    tkt_id     integer PRIMARY KEY,
    member_id  integer NOT NULL REFERENCES member (member_id),
    loc_id     integer NOT NULL,
    cat_cd     char(2) NOT NULL,
    prio       smallint NOT NULL,
    opened_ts  timestamptz NOT NULL,
    closed_ts  timestamptz,
    resol_min  integer,
    csat       smallint
);
COMMENT ON TABLE sup_tkt IS 'Support requests raised by members at the front desk or in the app';
COMMENT ON COLUMN sup_tkt.loc_id IS 'location concerned (location.loc_id)';
COMMENT ON COLUMN sup_tkt.cat_cd IS 'WF = wifi / network, CL = cleaning, PR = printing, AC = access / badge, HV = heating / cooling, FB = coffee and kitchen, OT = other';
COMMENT ON COLUMN sup_tkt.prio IS '1 = urgent, 2 = normal, 3 = low';
COMMENT ON COLUMN sup_tkt.closed_ts IS 'when the request was resolved; NULL = still open';
COMMENT ON COLUMN sup_tkt.resol_min IS 'time from opening to resolution, minutes; NULL while open';
COMMENT ON COLUMN sup_tkt.csat IS 'member satisfaction rating 1 (bad) to 5 (great); NULL = not rated';

INSERT INTO sup_tkt (tkt_id, member_id, loc_id, cat_cd, prio, opened_ts, closed_ts, resol_min, csat)
WITH b AS (
    SELECT g,
           ((g - 1) * 697) / 700 AS day,
           least(420, ((215 + ((g - 1) * 697) / 700) * 24) / 38) AS maxid,
           CASE WHEN g % 7 = 0 THEN 1 WHEN g % 3 = 0 THEN 3 ELSE 2 END AS prio
    FROM generate_series(1, 700) AS g
), c AS (
    SELECT b.*, 1 + (g * 37) % maxid AS mid,
           timestamptz '2024-01-02 00:00:00+00' + day * interval '1 day' + (8 + (g * 5) % 10) * interval '1 hour'
               + ((g * 13) % 60) * interval '1 minute' AS op,
           CASE prio WHEN 1 THEN 15 + (g * 13) % 420 WHEN 2 THEN 60 + (g * 17) % 2880 ELSE 240 + (g * 19) % 7000 END AS mins
    FROM b
), d AS (
    SELECT c.*,
           g % 19 = 0 OR (op >= timestamptz '2025-11-20 00:00:00+00' AND g % 2 = 0)
               OR op + mins * interval '1 minute' > timestamptz '2025-11-30 23:59:59+00' AS still_open
    FROM c
)
SELECT g, mid,
       CASE WHEN g % 6 = 0 THEN 1 + g % 6 ELSE 1 + (mid * 5) % 6 END,
       (ARRAY['WF','CL','PR','AC','HV','FB','OT'])[1 + (g * 3) % 7],
       prio, op,
       CASE WHEN NOT still_open THEN op + mins * interval '1 minute' END,
       CASE WHEN NOT still_open THEN mins END,
       CASE WHEN NOT still_open AND g % 4 <> 0 THEN (ARRAY[5,4,5,3,4,5,2,4,1,5])[1 + g % 10] END
FROM d;
