-- Made-up schema: a cinema chain (sites, auditoriums, films, showtimes, bookings, booked seats,
-- concession-stand sales, loyalty members). Data are deterministic (generate_series and modulo
-- arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS conc_sale;
DROP TABLE IF EXISTS tkt;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS shw;
DROP TABLE IF EXISTS lylty_mbr;
DROP TABLE IF EXISTS film;
DROP TABLE IF EXISTS scrn;
DROP TABLE IF EXISTS site;

-- ---------------------------------------------------------------- site (cinemas)
CREATE TABLE site (
    site_id     smallint PRIMARY KEY,
    site_nm     text NOT NULL,
    city        text NOT NULL,
    state_cd    char(2) NOT NULL,
    opened_dt   date NOT NULL,
    closed_dt   date,
    has_imax    boolean NOT NULL DEFAULT false,
    parking_spc integer
);
COMMENT ON TABLE site IS 'Cinema locations (multiplexes) of the Starlite chain';
COMMENT ON COLUMN site.closed_dt IS 'date the cinema closed for good; NULL = still trading';
COMMENT ON COLUMN site.parking_spc IS 'number of parking spaces; NULL = no car park of its own';

INSERT INTO site (site_id, site_nm, city, state_cd, opened_dt, closed_dt, has_imax, parking_spc) VALUES
    (1, 'Starlite Downtown',   'Austin',      'TX', date '2008-05-16', NULL,              true,  NULL),
    (2, 'Starlite Riverwalk',  'San Antonio', 'TX', date '2011-11-04', NULL,              false, 420),
    (3, 'Starlite Galleria',   'Houston',     'TX', date '2013-06-21', NULL,              true,  900),
    (4, 'Starlite Lakeline',   'Austin',      'TX', date '2015-03-13', NULL,              false, 650),
    (5, 'Starlite Uptown',     'Dallas',      'TX', date '2016-10-07', NULL,              false, NULL),
    (6, 'Starlite Stockyards', 'Fort Worth',  'TX', date '2018-07-27', NULL,              true,  780),
    (7, 'Starlite Mesa',       'El Paso',     'TX', date '2019-12-20', NULL,              false, 510),
    (8, 'Starlite Old Town',   'Plano',       'TX', date '2004-08-06', date '2025-06-30', false, 300);

-- ---------------------------------------------------------------- scrn (auditoriums)
CREATE TABLE scrn (
    scrn_id        smallint PRIMARY KEY,
    site_id        smallint NOT NULL REFERENCES site (site_id),
    scrn_no        smallint NOT NULL,
    seat_cap       smallint NOT NULL,
    scrn_fmt       char(1) NOT NULL,
    recliners      boolean NOT NULL DEFAULT false,
    wheelchair_spc smallint NOT NULL DEFAULT 2
);
COMMENT ON TABLE scrn IS 'Auditoriums (screens) at each site';
COMMENT ON COLUMN scrn.scrn_no IS 'screen number inside the site';
COMMENT ON COLUMN scrn.seat_cap IS 'number of seats';
COMMENT ON COLUMN scrn.scrn_fmt IS 'S = standard digital 2D, 3 = RealD 3D, I = IMAX, D = Dolby Cinema';

INSERT INTO scrn (scrn_id, site_id, scrn_no, seat_cap, scrn_fmt, recliners, wheelchair_spc)
SELECT g,
       1 + (g - 1) / 7,
       1 + (g - 1) % 7,
       CASE WHEN (g - 1) % 7 = 0 AND 1 + (g - 1) / 7 IN (1, 3, 6) THEN 320 + g * 2
            ELSE 60 + ((g * 37) % 10) * 20 END,
       CASE WHEN (g - 1) % 7 = 0 AND 1 + (g - 1) / 7 IN (1, 3, 6) THEN 'I'
            WHEN (g - 1) % 7 = 1 AND g % 2 = 0 THEN 'D'
            WHEN (g - 1) % 7 IN (2, 5) THEN '3'
            ELSE 'S' END,
       g % 3 = 0 OR (g - 1) % 7 = 1,
       2 + g % 3
FROM generate_series(1, 56) AS g;

-- ---------------------------------------------------------------- film
CREATE TABLE film (
    film_id     integer PRIMARY KEY,
    title       text NOT NULL,
    genre_cd    char(3) NOT NULL,
    mpaa_rtg    varchar(5) NOT NULL,
    runtime_min smallint NOT NULL,
    rel_dt      date NOT NULL,
    distrib     text NOT NULL,
    orig_lang   char(2) NOT NULL DEFAULT 'en',
    is_3d       boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE film IS 'Films (titles) we have booked from distributors';
COMMENT ON COLUMN film.genre_cd IS 'ACT = action, COM = comedy, DRA = drama, HOR = horror, ANI = animation, SCI = science fiction, DOC = documentary';
COMMENT ON COLUMN film.mpaa_rtg IS 'MPAA rating: G, PG, PG-13, R, NR (not rated)';
COMMENT ON COLUMN film.runtime_min IS 'running time in minutes';
COMMENT ON COLUMN film.rel_dt IS 'US theatrical release date';
COMMENT ON COLUMN film.is_3d IS 'a 3D print is available';

INSERT INTO film (film_id, title, genre_cd, mpaa_rtg, runtime_min, rel_dt, distrib, orig_lang, is_3d)
WITH f AS (
    SELECT g,
           (ARRAY['Silent','Crimson','Last','Broken','Hidden','Golden','Midnight','Frozen','Wild','Electric','Distant','Falling'])[1 + g % 12]
           || ' ' || (ARRAY['Harbor','Kingdom','Signal','Horizon','Garden'])[1 + g % 5] AS title,
           (ARRAY['ACT','COM','DRA','HOR','ANI','SCI','DOC'])[1 + (g * 3) % 7] AS genre
    FROM generate_series(1, 60) AS g
)
SELECT g, title, genre,
       CASE WHEN genre = 'ANI' THEN (CASE WHEN g % 2 = 0 THEN 'G' ELSE 'PG' END)
            WHEN genre = 'HOR' THEN 'R'
            WHEN genre = 'DOC' THEN (CASE WHEN g % 3 = 0 THEN 'NR' ELSE 'PG' END)
            ELSE (ARRAY['PG','PG-13','PG-13','R'])[1 + g % 4] END,
       CASE WHEN genre = 'ANI' THEN 80 + g % 20 ELSE 85 + (g * 17) % 80 END,
       date '2024-10-04' + (g - 1) * 7,
       (ARRAY['Paragon Pictures','Northlight','Bluebird Releasing','Atlas Films','Meridian','Cobalt Studios'])[1 + (g * 5) % 6],
       CASE WHEN g % 9 = 0 THEN 'ko' WHEN g % 11 = 0 THEN 'es' WHEN g % 13 = 0 THEN 'fr' ELSE 'en' END,
       genre IN ('ACT','SCI','ANI') AND g % 2 = 0
FROM f;

-- ---------------------------------------------------------------- lylty_mbr (Starlite Rewards members)
CREATE TABLE lylty_mbr (
    mbr_id       integer PRIMARY KEY,
    first_nm     text NOT NULL,
    last_nm      text NOT NULL,
    email        text,
    home_site_id smallint REFERENCES site (site_id),
    join_dt      date NOT NULL,
    tier_cd      char(1) NOT NULL,
    pts_bal      integer NOT NULL DEFAULT 0,
    email_optin  boolean NOT NULL DEFAULT true,
    birth_yr     smallint,
    lapsed_dt    date
);
COMMENT ON TABLE lylty_mbr IS 'Starlite Rewards loyalty programme members';
COMMENT ON COLUMN lylty_mbr.home_site_id IS 'preferred cinema; NULL = none chosen';
COMMENT ON COLUMN lylty_mbr.tier_cd IS 'B = Bronze, S = Silver, G = Gold, P = Platinum';
COMMENT ON COLUMN lylty_mbr.pts_bal IS 'current points balance';
COMMENT ON COLUMN lylty_mbr.email_optin IS 'agreed to receive marketing e-mails';
COMMENT ON COLUMN lylty_mbr.birth_yr IS 'year of birth; NULL = not given';
COMMENT ON COLUMN lylty_mbr.lapsed_dt IS 'date the membership lapsed or was cancelled; NULL = active';

INSERT INTO lylty_mbr (mbr_id, first_nm, last_nm, email, home_site_id, join_dt, tier_cd, pts_bal, email_optin, birth_yr, lapsed_dt)
SELECT m, fn, ln,
       CASE WHEN m % 19 = 0 THEN NULL ELSE lower(fn) || '.' || lower(ln) || m || '@mail.example' END,
       CASE WHEN m % 11 = 0 THEN NULL ELSE 1 + (m * 5) % 8 END,
       CASE WHEN m <= 600 THEN date '2019-03-01' + (m * 37) % 2100 ELSE date '2025-10-01' + (m - 600) END,
       CASE WHEN m > 600 THEN 'B' ELSE (ARRAY['B','B','B','S','B','S','G','B','S','P','B','G'])[1 + (m * 7) % 12] END,
       (m * 137) % 5000,
       m % 4 <> 2,
       CASE WHEN m % 6 = 0 THEN NULL ELSE 1950 + (m * 13) % 56 END,
       CASE WHEN m % 23 = 0 AND m <= 600 THEN date '2025-01-15' + m % 300 END
FROM (
    SELECT m,
           (ARRAY['Olivia','Liam','Emma','Noah','Ava','Mateo','Sofia','Ethan','Mia','Lucas','Chloe','Daniel',
                  'Priya','Wei','Fatima','Jonas','Aisha','Diego','Hannah','Kenji','Grace','Omar'])[1 + m % 22] AS fn,
           (ARRAY['Nguyen','Smith','Garcia','Johnson','Kim','Patel','Brown','Lopez','Miller','Chen','Davis',
                  'Wilson','Martinez','Anderson','Taylor','Thomas','Moore','Jackson','Lee','Harris','Clark',
                  'Lewis','Walker','Reyes','Ortiz'])[1 + (m * 7) % 25] AS ln
    FROM generate_series(1, 640) AS m
) t;

-- ---------------------------------------------------------------- shw (showtimes / screenings)
CREATE TABLE shw (
    shw_id      integer PRIMARY KEY,
    scrn_id     smallint NOT NULL REFERENCES scrn (scrn_id),
    film_id     integer NOT NULL REFERENCES film (film_id),
    shw_ts      timestamp NOT NULL,
    base_px_usd numeric(5,2) NOT NULL,
    is_3d       boolean NOT NULL DEFAULT false,
    subtitled   boolean NOT NULL DEFAULT false,
    shw_stat    char(1) NOT NULL
);
COMMENT ON TABLE shw IS 'Showtimes: one scheduled screening of a film in an auditorium';
COMMENT ON COLUMN shw.shw_ts IS 'scheduled start, local time of the site';
COMMENT ON COLUMN shw.base_px_usd IS 'adult ticket price before discounts, USD';
COMMENT ON COLUMN shw.is_3d IS 'projected in 3D';
COMMENT ON COLUMN shw.shw_stat IS 'A = available (on public sale), S = sold out, X = cancelled, P = private hire (not on public sale)';

INSERT INTO shw (shw_id, scrn_id, film_id, shw_ts, base_px_usd, is_3d, subtitled, shw_stat)
WITH b AS (
    SELECT g, date '2025-01-01' + (g - 1) / 8 AS d, (g - 1) % 8 AS slot
    FROM generate_series(1, 2672) AS g
), c AS (
    SELECT g, d, slot,
           CASE WHEN d > date '2025-06-30' THEN 1 + (g * 13) % 49 ELSE 1 + (g * 13) % 56 END AS scrn_id,
           (d - date '2024-10-04') / 7 + 1 AS newest
    FROM b
), f AS (
    SELECT c.*,
           CASE WHEN g % 5 = 0 THEN least(60, (newest / 6) * 6)      -- the latest tent-pole release gets extra shows
                ELSE greatest(1, least(60, newest - (ARRAY[0,0,0,1,1,1,2,2,3,4,5,6,7])[1 + (g * 7) % 13])) END AS film_id
    FROM c
), j AS (
    SELECT f.*, s.scrn_fmt, m.orig_lang, m.is_3d AND s.scrn_fmt IN ('3', 'I') AS is_3d
    FROM f JOIN scrn s ON s.scrn_id = f.scrn_id JOIN film m ON m.film_id = f.film_id
)
SELECT g, scrn_id, film_id,
       d + (ARRAY[time '10:45', time '12:30', time '14:15', time '16:00', time '17:45', time '19:30', time '21:00', time '22:30'])[1 + slot],
       (CASE WHEN slot < 3 THEN 9.50 ELSE 13.75 END)
         + CASE scrn_fmt WHEN 'I' THEN 6.00 WHEN 'D' THEN 4.00 ELSE 0 END
         + CASE WHEN is_3d THEN 3.00 ELSE 0 END
         + CASE WHEN d >= date '2025-07-01' THEN 0.50 ELSE 0 END
         - CASE WHEN extract(isodow FROM d) = 2 THEN 4.00 ELSE 0 END,          -- discount Tuesdays
       is_3d,
       orig_lang <> 'en' OR g % 23 = 0,
       CASE WHEN g % 47 = 0 THEN 'X'
            WHEN g % 61 = 5 THEN 'P'
            WHEN slot IN (4, 5, 6) AND extract(isodow FROM d) IN (5, 6) AND g % 3 <> 0 THEN 'S'
            ELSE 'A' END
FROM j;

-- ---------------------------------------------------------------- bkg (bookings)
CREATE TABLE bkg (
    bkg_id      integer PRIMARY KEY,
    shw_id      integer NOT NULL REFERENCES shw (shw_id),
    mbr_id      integer,
    bkg_ts      timestamptz NOT NULL,
    chnl_cd     char(1) NOT NULL,
    bkg_stat    char(1) NOT NULL,
    n_seats     smallint NOT NULL,
    bkg_fee_usd numeric(4,2) NOT NULL DEFAULT 0,
    tot_usd     numeric(7,2),
    promo_cd    varchar(12)
);
COMMENT ON TABLE bkg IS 'Ticket bookings (one per transaction); the seats are in tkt';
COMMENT ON COLUMN bkg.mbr_id IS 'Rewards member who booked (lylty_mbr.mbr_id); NULL = guest, not a member';
COMMENT ON COLUMN bkg.chnl_cd IS 'W = website, A = mobile app, B = box office, K = self-service kiosk';
COMMENT ON COLUMN bkg.bkg_stat IS 'P = paid, R = refunded, V = void (payment failed)';
COMMENT ON COLUMN bkg.bkg_fee_usd IS 'online booking fee, USD';
COMMENT ON COLUMN bkg.tot_usd IS 'amount charged: seat prices plus booking fee, USD';
COMMENT ON COLUMN bkg.promo_cd IS 'promotion code used; NULL = none';

INSERT INTO bkg (bkg_id, shw_id, mbr_id, bkg_ts, chnl_cd, bkg_stat, n_seats, bkg_fee_usd, promo_cd)
WITH s AS (
    SELECT shw_id, shw_ts, shw_stat,
           CASE shw_stat WHEN 'S' THEN 6 WHEN 'P' THEN 1 WHEN 'X' THEN 2
                ELSE (ARRAY[0,1,1,2,1,0,2,3,1])[1 + (shw_id * 5) % 9] END AS n
    FROM shw
), r AS (
    SELECT s.shw_id, s.shw_ts, s.shw_stat, row_number() OVER (ORDER BY s.shw_id, k) AS id
    FROM s CROSS JOIN LATERAL generate_series(1, s.n) AS k
), c AS (
    SELECT r.*, CASE WHEN shw_stat = 'P' THEN 'B' ELSE (ARRAY['W','A','A','B','W','K','A','B'])[1 + (id * 3) % 8] END AS chnl
    FROM r
)
SELECT id, shw_id,
       CASE WHEN shw_stat = 'P' OR id % 5 IN (0, 3) THEN NULL ELSE 1 + (id * 7) % 587 END,
       (CASE WHEN chnl IN ('B', 'K') THEN shw_ts - (5 + id % 50) * interval '1 minute'
             ELSE shw_ts - (id % 6) * interval '1 day' - (1 + (id * 11) % 200) * interval '7 minutes' END)
         AT TIME ZONE 'UTC',
       chnl,
       CASE WHEN shw_stat = 'X' OR id % 31 = 0 THEN 'R' WHEN id % 43 = 0 THEN 'V' ELSE 'P' END,
       CASE WHEN shw_stat = 'P' THEN 12 WHEN id % 7 = 0 THEN 4 WHEN id % 4 = 0 THEN 3 WHEN id % 3 = 0 THEN 1 ELSE 2 END,
       CASE WHEN chnl IN ('W', 'A') THEN 1.50 ELSE 0 END,
       CASE WHEN id % 17 = 0 THEN 'TWOFOR1' WHEN id % 29 = 0 THEN 'STUDENT25' END
FROM c;

-- ---------------------------------------------------------------- tkt (booked seats)
CREATE TABLE tkt (
    tkt_id     integer PRIMARY KEY,
    bkg_id     integer NOT NULL REFERENCES bkg (bkg_id),
    seat_lbl   varchar(4) NOT NULL,
    tkt_typ    char(1) NOT NULL,
    px_usd     numeric(5,2) NOT NULL,
    scanned_at timestamptz
);
COMMENT ON TABLE tkt IS 'Booked seats: one row per ticket';
COMMENT ON COLUMN tkt.seat_lbl IS 'row letter and seat number, e.g. F12';
COMMENT ON COLUMN tkt.tkt_typ IS 'A = adult, C = child (under 12), S = senior (65+), U = student';
COMMENT ON COLUMN tkt.px_usd IS 'price of this seat, USD';
COMMENT ON COLUMN tkt.scanned_at IS 'when the ticket was scanned at the door; NULL = never scanned';

INSERT INTO tkt (tkt_id, bkg_id, seat_lbl, tkt_typ, px_usd, scanned_at)
WITH r AS (
    SELECT b.bkg_id, b.bkg_stat, s.shw_ts, s.base_px_usd, k,
           row_number() OVER (ORDER BY b.bkg_id, k) AS id
    FROM bkg b JOIN shw s ON s.shw_id = b.shw_id
    CROSS JOIN LATERAL generate_series(1, b.n_seats) AS k
), t AS (
    SELECT r.*, (ARRAY['A','A','A','C','A','S','U','A','C','A','S'])[1 + (bkg_id + k * 3) % 11] AS typ
    FROM r
)
SELECT id, bkg_id,
       chr(65 + (bkg_id * 3) % 12) || (1 + (bkg_id * 5) % 14 + k)::text,
       typ,
       base_px_usd - CASE typ WHEN 'C' THEN 3.00 WHEN 'S' THEN 2.50 WHEN 'U' THEN 2.00 ELSE 0 END,
       CASE WHEN bkg_stat <> 'P' OR id % 13 = 0 THEN NULL
            ELSE (shw_ts - (id % 25) * interval '1 minute') AT TIME ZONE 'UTC' END
FROM t;

UPDATE bkg b
SET tot_usd = t.seats_usd + b.bkg_fee_usd
FROM (SELECT bkg_id, sum(px_usd) AS seats_usd FROM tkt GROUP BY bkg_id) t
WHERE t.bkg_id = b.bkg_id;

-- ---------------------------------------------------------------- conc_sale (snack bar sales)
CREATE TABLE conc_sale (
    sale_id     integer PRIMARY KEY,
    site_id     smallint NOT NULL REFERENCES site (site_id),
    till_no     smallint NOT NULL,
    sale_ts     timestamp NOT NULL,
    mbr_id      integer,
    item_cat    char(3) NOT NULL,
    item_nm     text NOT NULL,
    size_cd     char(1),
    qty         smallint NOT NULL,
    unit_px_usd numeric(5,2) NOT NULL,
    is_combo    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE conc_sale IS 'Concession stand (snack bar) sales, one row per item line on the receipt';
COMMENT ON COLUMN conc_sale.sale_ts IS 'local time of the site';
COMMENT ON COLUMN conc_sale.mbr_id IS 'Rewards card scanned at the till (lylty_mbr.mbr_id); NULL = no card';
COMMENT ON COLUMN conc_sale.item_cat IS 'POP = popcorn, DRK = soft drinks, CND = candy, HOT = hot food (nachos, hot dogs, pretzels), ALC = beer and wine';
COMMENT ON COLUMN conc_sale.size_cd IS 'S = small, M = medium, L = large; NULL for items sold in one size';
COMMENT ON COLUMN conc_sale.unit_px_usd IS 'price per item, USD';
COMMENT ON COLUMN conc_sale.is_combo IS 'sold as part of a popcorn + drink combo deal';

INSERT INTO conc_sale (sale_id, site_id, till_no, sale_ts, mbr_id, item_cat, item_nm, size_cd, qty, unit_px_usd, is_combo)
WITH b AS (
    SELECT g, date '2025-01-01' + ((g - 1) * 334) / 5000 AS d,
           (ARRAY['POP','POP','DRK','POP','CND','DRK','HOT','POP','ALC','DRK','CND','POP'])[1 + (g * 5 + g / 8) % 12] AS cat0
    FROM generate_series(1, 5000) AS g
), s AS (
    SELECT b.*, CASE WHEN d > date '2025-06-30' THEN 1 + (g * 3) % 7 ELSE 1 + (g * 3) % 8 END AS site_id
    FROM b
), c AS (
    SELECT s.*,
           CASE WHEN cat0 = 'ALC' AND site_id NOT IN (1, 3, 5, 6) THEN 'DRK' ELSE cat0 END AS cat,
           (ARRAY['S','M','L','L','M'])[1 + g % 5] AS sz,
           (g / 5) % 3 AS v
    FROM s
)
SELECT g, site_id, 1 + g % 4,
       d + time '11:00' + ((g * 47) % 720) * interval '1 minute',
       CASE WHEN g % 4 = 1 THEN 1 + (g * 11) % 599 END,
       cat,
       CASE cat WHEN 'POP' THEN (ARRAY['Popcorn, salted','Popcorn, butter','Popcorn, sweet & salty'])[1 + v]
                WHEN 'DRK' THEN (ARRAY['Cola','Lemon-lime soda','Iced tea'])[1 + v]
                WHEN 'CND' THEN (ARRAY['Gummy bears','Chocolate bar','Sour straws'])[1 + v]
                WHEN 'HOT' THEN (ARRAY['Nachos','Hot dog','Soft pretzel'])[1 + v]
                ELSE (ARRAY['Draft lager','House red wine','Local IPA'])[1 + v] END,
       CASE WHEN cat IN ('POP', 'DRK') THEN sz END,
       1 + (g % 7 = 0)::int + (g % 19 = 0)::int,
       CASE cat WHEN 'POP' THEN (CASE sz WHEN 'S' THEN 6.50 WHEN 'M' THEN 8.25 ELSE 9.75 END) - CASE WHEN g % 6 = 0 THEN 1.50 ELSE 0 END
                WHEN 'DRK' THEN (CASE sz WHEN 'S' THEN 4.00 WHEN 'M' THEN 5.25 ELSE 6.25 END)
                WHEN 'CND' THEN 4.50
                WHEN 'HOT' THEN (ARRAY[7.25, 6.50, 5.75])[1 + v]
                ELSE 8.50 END,
       cat = 'POP' AND g % 6 = 0
FROM c;
