-- Made-up podcast hosting / listening app ("podcast" dev set).
-- Deterministic data: generate_series + arithmetic only, no random().

DROP TABLE IF EXISTS ad_spot;
DROP TABLE IF EXISTS show_review;
DROP TABLE IF EXISTS subscription;
DROP TABLE IF EXISTS play_event;
DROP TABLE IF EXISTS episode;
DROP TABLE IF EXISTS app_user;
DROP TABLE IF EXISTS podcast_show;

CREATE TABLE podcast_show (
    show_id      integer PRIMARY KEY,
    title        text        NOT NULL,
    host_name    text,
    category     varchar(40) NOT NULL,
    lang         char(2)     NOT NULL DEFAULT 'en',
    is_explicit  boolean     NOT NULL DEFAULT false,
    launched_on  date        NOT NULL
);

CREATE TABLE episode (
    ep_id         integer PRIMARY KEY,
    show_id       integer NOT NULL REFERENCES podcast_show (show_id),
    ep_no         integer NOT NULL,
    title         text    NOT NULL,
    dur_sec       integer NOT NULL,
    status_cd     char(1) NOT NULL DEFAULT 'D',
    published_at  timestamptz,
    UNIQUE (show_id, ep_no)
);
COMMENT ON COLUMN episode.status_cd IS 'P = published, D = draft (not out yet), X = taken down';
COMMENT ON COLUMN episode.dur_sec IS 'episode length in seconds';

CREATE TABLE app_user (
    user_id     integer PRIMARY KEY,
    handle      varchar(40) NOT NULL UNIQUE,
    email       text        NOT NULL,
    country_cd  char(2)     NOT NULL,
    plan_cd     char(1)     NOT NULL DEFAULT 'F',
    signup_dt   date        NOT NULL
);
COMMENT ON COLUMN app_user.plan_cd IS 'F = free, P = premium, T = trial';
COMMENT ON COLUMN app_user.country_cd IS 'ISO 3166-1 alpha-2';

CREATE TABLE play_event (
    play_id         bigint PRIMARY KEY,
    user_id         integer     NOT NULL REFERENCES app_user (user_id),
    ep_id           integer     NOT NULL REFERENCES episode (ep_id),
    started_at      timestamptz NOT NULL,
    seconds_played  integer     NOT NULL,
    device          varchar(20) NOT NULL
);
COMMENT ON COLUMN play_event.device IS 'ios, android, web, smart_speaker, carplay';

CREATE TABLE subscription (
    sub_id         integer PRIMARY KEY,
    user_id        integer NOT NULL REFERENCES app_user (user_id),
    show_id        integer NOT NULL REFERENCES podcast_show (show_id),
    subscribed_on  date    NOT NULL,
    cancelled_on   date,
    notify_new_eps boolean NOT NULL DEFAULT true,
    UNIQUE (user_id, show_id)
);
COMMENT ON COLUMN subscription.cancelled_on IS 'NULL = still subscribed';

CREATE TABLE show_review (
    review_id   integer PRIMARY KEY,
    user_id     integer     NOT NULL REFERENCES app_user (user_id),
    show_id     integer     NOT NULL REFERENCES podcast_show (show_id),
    rating      smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    review_txt  text,
    posted_at   timestamptz NOT NULL
);

CREATE TABLE ad_spot (
    spot_id      integer PRIMARY KEY,
    ep_id        integer      NOT NULL REFERENCES episode (ep_id),
    advertiser   text         NOT NULL,
    slot         char(3)      NOT NULL,
    cpm_usd      numeric(6,2) NOT NULL,
    impressions  integer      NOT NULL,
    booked_on    date         NOT NULL
);
COMMENT ON COLUMN ad_spot.slot IS 'PRE = pre-roll, MID = mid-roll, PST = post-roll';
COMMENT ON COLUMN ad_spot.cpm_usd IS 'price per 1000 impressions, USD';

-- shows ---------------------------------------------------------------
INSERT INTO podcast_show (show_id, title, host_name, category, lang, is_explicit, launched_on) VALUES
 (1,  'The Morning Brief',      'Dana Whitfield',   'news',       'en', false, '2021-03-01'),
 (2,  'Null Pointer Radio',     'Sam Okafor',       'technology', 'en', false, '2022-06-15'),
 (3,  'Cold Case Files',        'Marta Lindqvist',  'true_crime', 'en', true,  '2020-10-05'),
 (4,  'Laugh Track',            'Benny Ruiz',       'comedy',     'en', true,  '2023-01-09'),
 (5,  'Garage to Series A',     'Priya Natarajan',  'business',   'en', false, '2022-02-20'),
 (6,  'Dirt Under the Nails',   'Ellen Hughes',     'lifestyle',  'en', false, '2023-04-01'),
 (7,  'History Unboxed',        'Tomasz Kowal',     'history',    'en', false, '2021-09-12'),
 (8,  'Slow Breath',            'Aiko Tanaka',      'health',     'en', false, '2023-07-30'),
 (9,  'Pixel Graveyard',        'Jonas Becker',     'gaming',     'de', true,  '2022-11-11'),
 (10, 'Tiki-Taka Talk',         'Lucía Fernández',  'sports',     'es', false, '2021-08-01'),
 (11, 'Fermentation Nation',    'Hugo Martin',      'lifestyle',  'fr', false, '2023-10-10'),
 (12, 'Night Shift Stories',    'Rafael Costa',     'true_crime', 'en', true,  '2025-11-20');

-- episodes: 308 spread over 2024-01-03 .. 2025-12-09, 11 shows; show 12 only has a draft
INSERT INTO episode (ep_id, show_id, ep_no, title, dur_sec, status_cd, published_at)
SELECT g,
       1 + (g - 1) % 11,
       (g - 1) / 11 + 1,
       'Episode ' || ((g - 1) / 11 + 1) || ': ' ||
         (ARRAY['Origins','The Long Road','Behind the Scenes','Q&A','Listener Mail',
                'Deep Dive','Guest Special','Year in Review','Mythbusting','Live Show',
                'Lessons Learned','What Went Wrong','Mailbag','Field Trip'])[1 + (g * 7) % 14],
       900 + (g * 137) % 3600,
       CASE WHEN g % 23 = 0 THEN 'D' WHEN g % 31 = 0 THEN 'X' ELSE 'P' END,
       CASE WHEN g % 23 = 0 THEN NULL
            ELSE timestamptz '2024-01-03 06:00:00+00' + (g - 1) * interval '55 hours'
                 + ((g * 17) % 50) * interval '1 minute' END
FROM generate_series(1, 308) AS g;

INSERT INTO episode (ep_id, show_id, ep_no, title, dur_sec, status_cd, published_at)
VALUES (309, 12, 1, 'Episode 1: The Night Porter', 2710, 'D', NULL);

-- listeners
INSERT INTO app_user (user_id, handle, email, country_cd, plan_cd, signup_dt)
SELECT g,
       (ARRAY['mike','anna','li','sofia','omar','kate','yusuf','nina','pablo','greta','raj','zoe'])[1 + g % 12]
         || '_' || (g * 37 % 1000),
       'listener' || g || '@' || (ARRAY['gmail.com','outlook.com','proton.me','yahoo.com','web.de'])[1 + g % 5],
       (ARRAY['US','US','US','GB','DE','DE','FR','IN','BR','CA','AU','ES','PL'])[1 + (g * 7) % 13],
       CASE WHEN g % 5 = 0 THEN 'P' WHEN g % 11 = 0 THEN 'T' ELSE 'F' END,
       date '2023-09-01' + (g * 41) % 640
FROM generate_series(1, 400) AS g;

-- plays: each listenable episode gets (show weight + ep_id % 7) plays

INSERT INTO play_event (play_id, user_id, ep_id, started_at, seconds_played, device)
WITH w(show_id, wt) AS (VALUES (1,30),(2,12),(3,26),(4,18),(5,9),(6,5),(7,15),(8,8),(9,11),(10,21),(11,3)),
     src AS (
       SELECT e.ep_id, e.dur_sec, e.published_at, k
       FROM episode e
       JOIN w ON w.show_id = e.show_id
       CROSS JOIN LATERAL generate_series(1, w.wt + e.ep_id % 7) AS k
       WHERE e.status_cd IN ('P', 'X')
     ),
     numbered AS (
       SELECT row_number() OVER (ORDER BY ep_id, k) AS rn, * FROM src
     ),
     u AS (
       SELECT n.*, 1 + (rn * 37 + ep_id * 11) % 400 AS u0 FROM numbered n
     )
SELECT rn,
       CASE WHEN u0 % 17 = 0 THEN u0 + 1 ELSE u0 END,
       ep_id,
       published_at + ((k * 397 + ep_id * 61) % (60 * 24 * 18)) * interval '1 minute'
                    + ((rn * 13) % 60) * interval '1 second',
       CASE WHEN (k * 29 + ep_id * 7) % 100 >= 70 THEN dur_sec
            ELSE dur_sec * (5 + (k * 29 + ep_id * 7) % 100) / 100 END,
       CASE (ep_id + k * 3) % 10
            WHEN 0 THEN 'ios' WHEN 1 THEN 'ios' WHEN 2 THEN 'ios' WHEN 3 THEN 'ios'
            WHEN 4 THEN 'android' WHEN 5 THEN 'android' WHEN 6 THEN 'android'
            WHEN 7 THEN 'web' WHEN 8 THEN 'smart_speaker' ELSE 'carplay' END
FROM u;

-- subscriptions
INSERT INTO subscription (sub_id, user_id, show_id, subscribed_on, cancelled_on, notify_new_eps)
SELECT g,
       1 + (g * 7) % 400,
       1 + (g * 5) % 11,
       date '2024-01-01' + (g * 11) % 700,
       CASE WHEN g % 4 = 0 AND date '2024-01-01' + (g * 11) % 700 + 20 + g % 150 <= date '2025-12-31'
            THEN date '2024-01-01' + (g * 11) % 700 + 20 + g % 150 END,
       g % 6 <> 0
FROM generate_series(1, 700) AS g;

-- reviews
INSERT INTO show_review (review_id, user_id, show_id, rating, review_txt, posted_at)
SELECT g, user_id, show_id,
       greatest(1, least(5, base + (g % 5) / 2 - (g % 3) / 2 - 1)),
       CASE WHEN g % 4 = 0 THEN NULL
            ELSE (ARRAY['Love it','Too many ads','Great host','Audio quality is poor','My commute companion',
                        'Went downhill lately','Binge-worthy','Meh'])[1 + g % 8] END,
       timestamptz '2024-01-05 12:00:00+00' + (g * 53) % 720 * interval '1 day' + (g * 7 % 24) * interval '1 hour'
FROM (
  SELECT g,
         1 + (g * 13) % 400 AS user_id,
         show_id,
         (ARRAY[4, 3, 5, 3, 4, 4, 5, 4, 2, 4, 5])[show_id] AS base
  FROM (SELECT g, (ARRAY[1,3,10,4,7,1,2,3,8,10,9,1,3,4,5,7,10,2,1,3,6,4,7,8,9,10,11])[1 + (g * 11) % 27] AS show_id
        FROM generate_series(1, 330) AS g) gg
) s;

-- ad spots (only on episodes that went out)
INSERT INTO ad_spot (spot_id, ep_id, advertiser, slot, cpm_usd, impressions, booked_on)
SELECT g, e.ep_id,
       (ARRAY['NordLynx VPN','HelloPlate','Brightwave Mattress','NordLynx VPN','CodeCamp Academy',
              'Greenleaf Insurance','Brightwave Mattress','Fjord Coffee','Athletica','NordLynx VPN',
              'ZenMind App','HelloPlate','Greenleaf Insurance','Brightwave Mattress','Athletica',
              'NordLynx VPN','CodeCamp Academy','Fjord Coffee','HelloPlate','Greenleaf Insurance',
              'Brightwave Mattress','Athletica','NordLynx VPN'])[1 + (g * 7) % 23],
       (ARRAY['PRE','MID','MID','PST'])[1 + g % 4],
       18 + (g * 7) % 22 + (g % 4) * 0.25,
       800 + (g * 211) % 9000,
       (e.published_at AT TIME ZONE 'UTC')::date - (3 + g % 10)
FROM generate_series(1, 450) AS g
JOIN LATERAL (
  SELECT ep_id, published_at FROM episode
  WHERE status_cd IN ('P', 'X')
  ORDER BY ep_id
  OFFSET (g * 29) % 280 LIMIT 1
) e ON true;

-- nobody acts before signing up: pull signup_dt back to before a listener's first activity
UPDATE app_user u
SET signup_dt = least(u.signup_dt, f.first_dt - (u.user_id % 5))
FROM (
  SELECT user_id, min(d) AS first_dt FROM (
    SELECT user_id, (started_at AT TIME ZONE 'UTC')::date AS d FROM play_event
    UNION ALL SELECT user_id, subscribed_on FROM subscription
    UNION ALL SELECT user_id, (posted_at AT TIME ZONE 'UTC')::date FROM show_review
  ) a GROUP BY user_id
) f
WHERE f.user_id = u.user_id;
