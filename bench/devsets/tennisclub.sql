-- Hollins Lane Lawn Tennis Club - club database (PostgreSQL)
-- We're a members' club: six grass courts (open April to September) and four hard courts,
-- three of the hard courts have floodlights so we can play through the winter evenings.
-- Members pay a yearly subscription by category (senior, junior, student, family, country,
-- off-peak) - it falls due on 1 January, or on the day you join if you join mid-year.
-- Courts are booked in one-hour slots; after dark on courts 7-9 there's a floodlight fee.
-- A member can bring a guest, who pays a guest fee (juniors free), sometimes waived by committee.
-- Every month we run box leagues (men's and ladies' boxes of five, everyone plays everyone)
-- and we enter five teams in the county summer league.
-- Our coaches run private, semi-private and group sessions, charged per head per session,
-- with 10% off when a course of six is booked up front.
-- The ball machine is hired out by the half hour on the hard courts, and the bar takes cards.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS bar_txns;
DROP TABLE IF EXISTS ball_machine_hire;
DROP TABLE IF EXISTS lesson;
DROP TABLE IF EXISTS coaches;
DROP TABLE IF EXISTS county_fixtures;
DROP TABLE IF EXISTS box_matches;
DROP TABLE IF EXISTS box_league;
DROP TABLE IF EXISTS guest_visit;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS court;
DROP TABLE IF EXISTS subscriptions;
DROP TABLE IF EXISTS members;

-- ---------------------------------------------------------------- members
CREATE TABLE members (
    member_id   integer PRIMARY KEY,
    first_nm    text NOT NULL,
    surname     text NOT NULL,
    email       text,
    phone       text,
    dob         date,
    gender      char(1) NOT NULL,
    cat         char(1) NOT NULL,
    joined_dt   date NOT NULL,
    left_dt     date,
    lta_no      text,
    newsletter  boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE members IS 'Everyone who is or has been a member of the club since we went on the computer.';
COMMENT ON COLUMN members.first_nm IS 'First name';
COMMENT ON COLUMN members.gender IS 'M = male, F = female (used for box leagues and county team selection)';
COMMENT ON COLUMN members.cat IS 'Membership category: S = senior, J = junior (under 18), U = student (university/college), F = family, C = country (lives over 25 miles away), O = off-peak (weekdays before 5pm only)';
COMMENT ON COLUMN members.joined_dt IS 'Date they joined the club';
COMMENT ON COLUMN members.left_dt IS 'Date they resigned or were struck off; empty means still a member';
COMMENT ON COLUMN members.lta_no IS 'LTA British Tennis membership number, if they gave us one';
COMMENT ON COLUMN members.newsletter IS 'Happy to get the club newsletter by email';

INSERT INTO members (member_id, first_nm, surname, email, phone, dob, gender, cat, joined_dt, left_dt, lta_no, newsletter, notes)
SELECT i,
       fn,
       sn,
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE lower(translate(fn, 'ëâéá', 'eaea')) || '.' || lower(replace(sn, '''', '')) || i || '@example.org' END,
       CASE WHEN i % 7 = 3 THEN NULL ELSE '07' || lpad(((i * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       CASE c
            WHEN 'J' THEN date '2008-09-01' + (i * 211 % 3400)
            WHEN 'U' THEN date '2002-01-01' + (i * 173 % 2100)
            ELSE date '1948-01-01' + (i * 997 % 17000)
       END,
       g,
       c,
       jd,
       CASE WHEN i % 11 = 0 AND i <= 300 THEN date '2024-02-01' + (i * 17 % 1000)
            WHEN i % 11 = 0 AND jd + 200 + i % 90 < date '2026-11-30' THEN jd + 200 + i % 90
       END,
       CASE WHEN i % 4 = 1 THEN NULL ELSE (4000000 + i * 3571 % 900000)::text END,
       i % 6 <> 0,
       CASE WHEN i % 41 = 0 THEN 'Committee member'
            WHEN i % 67 = 5 THEN 'Wheelchair tennis - needs court 7 (level access)'
       END
FROM (
    SELECT i,
           CASE WHEN i % 5 IN (0, 2) THEN 'F' ELSE 'M' END AS g,
           CASE WHEN i % 5 IN (0, 2)
                THEN (ARRAY['Sarah','Emma','Claire','Helen','Rachel','Zoë','Lucy','Hannah','Kate','Siân',
                            'Joanne','Amelia','Priya','Charlotte','Fiona','Megan','Aoife','Ruth','Grace','Niamh'])[1 + (i * 11 + i / 3) % 20]
                ELSE (ARRAY['James','David','Tom','Richard','Mark','Andrew','Ben','Chris','Paul','Dan',
                            'Rob','Simon','Raj','Matt','Gareth','Oliver','Stephen','Neil','Adam','Noël'])[1 + (i * 7 + i / 3) % 20]
           END AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
                  'Robinson','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
                  'Clarke','Harris','Lewis','Hughes','O''Brien','Edwards','Hill','Moore','Cooper','Ward',
                  'Morris','King','Baker','Turner','Khan','Murray','Price','Bell','Shaw','Kowalski'])[1 + (i * 17 + i / 7) % 40] AS sn,
           CASE WHEN i % 20 < 9 THEN 'S'
                WHEN i % 20 < 12 THEN 'J'
                WHEN i % 20 < 14 THEN 'U'
                WHEN i % 20 < 17 THEN 'F'
                WHEN i % 20 = 17 THEN 'C'
                ELSE 'O' END AS c,
           CASE WHEN i <= 300 THEN date '2004-03-01' + (i * 577 % 7200)
                ELSE date '2024-01-03' + (i - 300) * 8 + (i % 5) END AS jd
    FROM generate_series(1, 420) AS i
) m;

-- edge values: someone joined on New Year's Day 2025, someone left on New Year's Eve 2025
UPDATE members SET joined_dt = date '2025-01-01' WHERE member_id = 346;
UPDATE members SET left_dt = date '2025-12-31', notes = 'Moved to Spain' WHERE member_id = 154;

-- ---------------------------------------------------------------- subscriptions
CREATE TABLE subscriptions (
    sub_id     integer PRIMARY KEY,
    member_id  integer NOT NULL REFERENCES members (member_id),
    season_yr  smallint NOT NULL,
    amt        numeric(8,2) NOT NULL,
    due_dt     date NOT NULL,
    paid_dt    date,
    pay_meth   char(1),
    notes      text
);
COMMENT ON TABLE subscriptions IS 'Annual subscription invoices, one per member per season (season = calendar year).';
COMMENT ON COLUMN subscriptions.season_yr IS 'Season the subscription is for';
COMMENT ON COLUMN subscriptions.amt IS 'Subscription charged for the season, in pounds (life members pay nothing)';
COMMENT ON COLUMN subscriptions.due_dt IS '1 January, or the joining date for someone who joined during the season';
COMMENT ON COLUMN subscriptions.paid_dt IS 'Date the money reached us; empty means not paid yet';
COMMENT ON COLUMN subscriptions.pay_meth IS 'How they paid: D = direct debit, C = card at the clubhouse, Q = cheque, T = bank transfer; empty if not paid yet or nothing to pay';

INSERT INTO subscriptions (sub_id, member_id, season_yr, amt, due_dt, paid_dt, pay_meth, notes)
SELECT row_number() OVER (ORDER BY s.yr, m.member_id),
       m.member_id,
       s.yr,
       CASE WHEN m.member_id IN (1, 97, 194) THEN 0
            ELSE (CASE m.cat WHEN 'S' THEN 520 WHEN 'J' THEN 120 WHEN 'U' THEN 180
                             WHEN 'F' THEN 980 WHEN 'C' THEN 260 ELSE 310 END)
                 * (1 + (s.yr - 2024) * 0.04) END,
       greatest(make_date(s.yr, 1, 1), m.joined_dt),
       CASE WHEN m.member_id IN (1, 97, 194) THEN greatest(make_date(s.yr, 1, 1), m.joined_dt)
            WHEN s.yr = 2026 AND m.member_id * 7 % 9 = 0 THEN NULL
            WHEN s.yr = 2025 AND m.member_id % 31 = 0 THEN NULL
            WHEN s.yr = 2024 AND m.member_id % 53 = 0 THEN NULL
            WHEN m.left_dt IS NOT NULL AND extract(year FROM m.left_dt) = s.yr AND m.member_id % 2 = 0 THEN NULL
            ELSE least(date '2026-11-30',
                       greatest(make_date(s.yr, 1, 1), m.joined_dt) + (m.member_id * 13 + s.yr) % 75) END,
       NULL,
       CASE WHEN m.member_id IN (1, 97, 194) THEN 'Life member - no subscription' END
FROM members m
CROSS JOIN generate_series(2024, 2026) AS s(yr)
WHERE m.joined_dt <= make_date(s.yr, 12, 31)
  AND (m.left_dt IS NULL OR m.left_dt >= make_date(s.yr, 1, 1));

UPDATE subscriptions
SET pay_meth = CASE WHEN amt = 0 THEN NULL
                    WHEN sub_id % 10 < 5 THEN 'D'
                    WHEN sub_id % 10 < 8 THEN 'C'
                    WHEN sub_id % 10 = 8 THEN 'Q'
                    ELSE 'T' END
WHERE paid_dt IS NOT NULL;
UPDATE subscriptions SET notes = 'Chased twice - says cheque is in the post'
WHERE paid_dt IS NULL AND season_yr = 2026 AND member_id % 4 = 0;

-- ---------------------------------------------------------------- court
CREATE TABLE court (
    court_no    smallint PRIMARY KEY,
    court_name  text NOT NULL,
    surface     char(1) NOT NULL,
    floodlit    boolean NOT NULL,
    notes       text
);
COMMENT ON TABLE court IS 'Our ten courts.';
COMMENT ON COLUMN court.surface IS 'G = grass (April to September only), H = hard court (all year)';
COMMENT ON COLUMN court.floodlit IS 'Has floodlights';

INSERT INTO court VALUES
 (1,  'Centre Court', 'G', false, 'Show court - county matches played here'),
 (2,  'Court 2',      'G', false, NULL),
 (3,  'Court 3',      'G', false, NULL),
 (4,  'Court 4',      'G', false, 'Back corner drains badly'),
 (5,  'Court 5',      'G', false, NULL),
 (6,  'Court 6',      'G', false, 'Re-turfed autumn 2024'),
 (7,  'Court 7',      'H', true,  'Level access from car park'),
 (8,  'Court 8',      'H', true,  NULL),
 (9,  'Court 9',      'H', true,  'LED lights fitted Oct 2025'),
 (10, 'Court 10',     'H', false, 'Practice wall at the back');

-- ---------------------------------------------------------------- bookings
CREATE TABLE bookings (
    booking_id  integer PRIMARY KEY,
    court_no    smallint NOT NULL REFERENCES court (court_no),
    member_id   integer NOT NULL REFERENCES members (member_id),
    play_dt     date NOT NULL,
    start_hr    smallint NOT NULL,
    st          char(1) NOT NULL,
    lights      boolean NOT NULL DEFAULT false,
    light_fee   numeric(6,2) NOT NULL DEFAULT 0,
    booked_ts   timestamp NOT NULL,
    notes       text
);
COMMENT ON TABLE bookings IS 'Court bookings - each row is one court for one hour.';
COMMENT ON COLUMN bookings.member_id IS 'Member who made the booking';
COMMENT ON COLUMN bookings.play_dt IS 'Day of play';
COMMENT ON COLUMN bookings.start_hr IS 'Hour the slot starts, 24h clock (7 = 7am ... 21 = 9pm); every slot is one hour';
COMMENT ON COLUMN bookings.st IS 'Status: B = booked (not signed off yet), P = played, X = cancelled by the member, N = no-show, R = rained off';
COMMENT ON COLUMN bookings.lights IS 'Floodlights booked for the slot (only possible on the floodlit courts, after dark)';
COMMENT ON COLUMN bookings.light_fee IS 'Floodlight fee charged for the hour; refunded (0) if the booking was cancelled';
COMMENT ON COLUMN bookings.booked_ts IS 'When the booking was made';

INSERT INTO bookings (booking_id, court_no, member_id, play_dt, start_hr, st, lights, light_fee, booked_ts, notes)
SELECT g.i,
       g.court_no,
       mm.member_id,
       g.d,
       g.hr,
       g.st,
       g.lit,
       CASE WHEN g.lit AND g.st <> 'X'
            THEN CASE extract(year FROM g.d) WHEN 2024 THEN 5.00 WHEN 2025 THEN 5.50 ELSE 6.00 END
            ELSE 0 END,
       (g.d - (g.i % 10))::timestamp + make_interval(mins => 480 + (g.i * 17 % 720)),
       CASE WHEN g.i % 97 = 0 THEN 'Doubles - four players'
            WHEN g.i % 113 = 0 THEN 'Moved from court ' || (1 + g.i % 6)
       END
FROM (
    SELECT b.*,
           (b.court_no IN (7, 8, 9) AND b.hr >= CASE WHEN b.mth IN (11, 12, 1, 2) THEN 16
                                                     WHEN b.mth IN (3, 10) THEN 18
                                                     WHEN b.mth IN (4, 9) THEN 19
                                                     WHEN b.mth IN (5, 8) THEN 20
                                                     ELSE 21 END) AS lit,
           CASE WHEN b.d >= date '2026-11-26' THEN 'B'
                WHEN b.h < 8 THEN 'X'
                WHEN b.h < 11 THEN 'N'
                WHEN b.h2 < 6 AND (b.court_no <= 6 OR b.h2 < 2) THEN 'R'
                ELSE 'P' END AS st
    FROM (
        SELECT i,
               d,
               extract(month FROM d)::int AS mth,
               CASE WHEN extract(month FROM d) BETWEEN 4 AND 9 THEN 1 + ((i * 31 + i / 10) % 10)
                    ELSE 7 + (i * 31 % 4) END AS court_no,
               7 + (i * 53 % 15) AS hr,
               i * 37 % 101 AS h,
               i * 59 % 97 AS h2
        FROM (SELECT i, date '2024-01-01' + ((i - 1) * 1065 / 8000) AS d FROM generate_series(1, 8000) AS i) x
    ) b
) g
CROSS JOIN LATERAL (
    SELECT e.member_id
    FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
          FROM members
          WHERE joined_dt <= g.d AND (left_dt IS NULL OR left_dt > g.d)
            AND member_id % 29 <> 0) e
    WHERE e.rn = (g.i * 131) % e.n
) mm;

-- ---------------------------------------------------------------- guest_visit
CREATE TABLE guest_visit (
    visit_id    integer PRIMARY KEY,
    booking_id  integer NOT NULL REFERENCES bookings (booking_id),
    host_id     integer NOT NULL REFERENCES members (member_id),
    visit_dt    date NOT NULL,
    guest_nm    text NOT NULL,
    junior      boolean NOT NULL DEFAULT false,
    guest_fee   numeric(6,2) NOT NULL,
    fee_st      char(1) NOT NULL
);
COMMENT ON TABLE guest_visit IS 'Guests playing with a member - signed in at the clubhouse.';
COMMENT ON COLUMN guest_visit.host_id IS 'Member who brought the guest';
COMMENT ON COLUMN guest_visit.junior IS 'Guest is under 18 (juniors play free)';
COMMENT ON COLUMN guest_visit.guest_fee IS 'Guest fee for the visit in pounds';
COMMENT ON COLUMN guest_visit.fee_st IS 'Fee: P = paid on the day, A = put on the member''s account, W = waived by the committee';

INSERT INTO guest_visit (visit_id, booking_id, host_id, visit_dt, guest_nm, junior, guest_fee, fee_st)
SELECT row_number() OVER (ORDER BY b.booking_id),
       b.booking_id,
       b.member_id,
       b.play_dt,
       (ARRAY['Alex','Sam','Jo','Chris','Pat','Jamie','Kim','Lee','Robin','Charlie','Nat','Toni'])[1 + b.booking_id % 12]
         || ' ' ||
       (ARRAY['Fletcher','Mason','Carter','Dixon','Palmer','Fox','Lamb','Reid','Sutton','Webb','Marsh'])[1 + b.booking_id * 7 % 11],
       b.booking_id % 9 = 0,
       CASE WHEN b.booking_id % 9 = 0 THEN 0
            WHEN b.play_dt < date '2025-01-01' THEN 10.00
            ELSE 12.00 END,
       CASE WHEN b.booking_id % 7 = 0 THEN 'W'
            WHEN b.booking_id % 5 = 0 THEN 'A'
            ELSE 'P' END
FROM bookings b
WHERE b.booking_id % 11 IN (0, 4) AND b.st IN ('P', 'R', 'B');

-- ---------------------------------------------------------------- box_league
CREATE TABLE box_league (
    box_id     integer PRIMARY KEY,
    month_dt   date NOT NULL,
    div        char(1) NOT NULL,
    box_no     smallint NOT NULL,
    notes      text
);
COMMENT ON TABLE box_league IS 'Monthly internal box leagues: each box is five players who all play each other during the month.';
COMMENT ON COLUMN box_league.month_dt IS 'First day of the month the box runs';
COMMENT ON COLUMN box_league.div IS 'M = men''s boxes, L = ladies'' boxes';
COMMENT ON COLUMN box_league.box_no IS 'Box 1 is the strongest';

INSERT INTO box_league (box_id, month_dt, div, box_no, notes)
SELECT mo * 6 + b + 1,
       (date '2024-01-01' + make_interval(months => mo))::date,
       CASE WHEN b < 4 THEN 'M' ELSE 'L' END,
       CASE WHEN b < 4 THEN b + 1 ELSE b - 3 END,
       CASE WHEN mo = 7 AND b = 5 THEN 'Cancelled - not enough players over the summer holidays' END
FROM generate_series(0, 34) AS mo
CROSS JOIN generate_series(0, 5) AS b;

-- ---------------------------------------------------------------- box_matches
CREATE TABLE box_matches (
    match_id   integer PRIMARY KEY,
    box_id     integer NOT NULL REFERENCES box_league (box_id),
    p1_id      integer NOT NULL REFERENCES members (member_id),
    p2_id      integer NOT NULL REFERENCES members (member_id),
    played_dt  date,
    p1_sets    smallint,
    p2_sets    smallint,
    result     char(1) NOT NULL,
    winner_id  integer REFERENCES members (member_id)
);
COMMENT ON TABLE box_matches IS 'Box league matches - best of three sets.';
COMMENT ON COLUMN box_matches.p1_id IS 'First player';
COMMENT ON COLUMN box_matches.p2_id IS 'Second player';
COMMENT ON COLUMN box_matches.played_dt IS 'Day the match was played; empty for walkovers and matches never played';
COMMENT ON COLUMN box_matches.p1_sets IS 'Sets won by the first player';
COMMENT ON COLUMN box_matches.p2_sets IS 'Sets won by the second player';
COMMENT ON COLUMN box_matches.result IS 'C = completed, R = one player retired hurt (match still counts), W = walkover (opponent didn''t turn up, no tennis played), U = unplayed (not played before the month ended)';
COMMENT ON COLUMN box_matches.winner_id IS 'Who got the points; empty if unplayed';

INSERT INTO box_matches (match_id, box_id, p1_id, p2_id, played_dt, p1_sets, p2_sets, result, winner_id)
SELECT x.match_id, x.box_id, x.p1, x.p2,
       CASE WHEN x.res IN ('C', 'R') THEN x.pdt END,
       CASE WHEN x.res = 'C' THEN CASE WHEN x.p1wins THEN 2 ELSE x.match_id % 2 END
            WHEN x.res = 'R' THEN CASE WHEN x.p1wins THEN 1 ELSE 0 END
            WHEN x.res = 'W' THEN 0 END,
       CASE WHEN x.res = 'C' THEN CASE WHEN x.p1wins THEN x.match_id % 2 ELSE 2 END
            WHEN x.res = 'R' THEN CASE WHEN x.p1wins THEN 0 ELSE 1 END
            WHEN x.res = 'W' THEN 0 END,
       x.res,
       CASE WHEN x.res = 'U' THEN NULL WHEN x.p1wins THEN x.p1 ELSE x.p2 END
FROM (
    SELECT (bl.box_id - 1) * 10 + p.k + 1 AS match_id,
           bl.box_id,
           pl1.member_id AS p1,
           pl2.member_id AS p2,
           bl.month_dt + (((bl.box_id - 1) * 10 + p.k) * 7 % 27) AS pdt,
           CASE WHEN (((bl.box_id - 1) * 10 + p.k + 1) * 37 % 100) < 5 THEN 'W'
                WHEN (((bl.box_id - 1) * 10 + p.k + 1) * 37 % 100) < 8 THEN 'R'
                WHEN (((bl.box_id - 1) * 10 + p.k + 1) * 37 % 100) < 13 THEN 'U'
                WHEN bl.month_dt = date '2026-11-01' AND (((bl.box_id - 1) * 10 + p.k) * 7 % 27) > 22 THEN 'U'
                ELSE 'C' END AS res,
           ((bl.box_id * 3 + p.k * 5) % 7) < 4 AS p1wins
    FROM box_league bl
    CROSS JOIN generate_series(0, 9) AS p(k)
    CROSS JOIN LATERAL (
        SELECT (ARRAY[0,0,0,0,1,1,1,2,2,3])[p.k + 1] AS s1,
               (ARRAY[1,2,3,4,2,3,4,3,4,4])[p.k + 1] AS s2
    ) pr
    CROSS JOIN LATERAL (
        SELECT e.member_id
        FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
              FROM members
              WHERE gender = CASE bl.div WHEN 'M' THEN 'M' ELSE 'F' END
                AND cat <> 'J'
                AND joined_dt <= bl.month_dt AND (left_dt IS NULL OR left_dt > bl.month_dt)) e
        WHERE e.rn = (bl.box_id * 11 + pr.s1 * (e.n / 5)) % e.n
    ) pl1
    CROSS JOIN LATERAL (
        SELECT e.member_id
        FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
              FROM members
              WHERE gender = CASE bl.div WHEN 'M' THEN 'M' ELSE 'F' END
                AND cat <> 'J'
                AND joined_dt <= bl.month_dt AND (left_dt IS NULL OR left_dt > bl.month_dt)) e
        WHERE e.rn = (bl.box_id * 11 + pr.s2 * (e.n / 5)) % e.n
    ) pl2
    WHERE bl.notes IS NULL
) x;

-- ---------------------------------------------------------------- county_fixtures
CREATE TABLE county_fixtures (
    fixture_id      integer PRIMARY KEY,
    team            text NOT NULL,
    opponent        text NOT NULL,
    fixture_dt      date NOT NULL,
    home            boolean NOT NULL,
    rubbers_for     smallint,
    rubbers_against smallint,
    st              char(1) NOT NULL,
    captain_id      integer REFERENCES members (member_id),
    notes           text
);
COMMENT ON TABLE county_fixtures IS 'County summer league fixtures for our teams (six rubbers a match).';
COMMENT ON COLUMN county_fixtures.team IS 'Which of our teams played';
COMMENT ON COLUMN county_fixtures.home IS 'Played at our club';
COMMENT ON COLUMN county_fixtures.rubbers_for IS 'Rubbers we won (a conceded match is scored 6-0); empty if rained off';
COMMENT ON COLUMN county_fixtures.rubbers_against IS 'Rubbers the other club won; empty if rained off';
COMMENT ON COLUMN county_fixtures.st IS 'P = played, R = rained off and not replayed, C = we conceded (couldn''t raise a team), O = the other club conceded';
COMMENT ON COLUMN county_fixtures.captain_id IS 'Member captaining our team on the day';

INSERT INTO county_fixtures (fixture_id, team, opponent, fixture_dt, home, rubbers_for, rubbers_against, st, captain_id, notes)
SELECT i,
       (ARRAY['Men 1st','Men 2nd','Ladies 1st','Mixed','Vets 45+'])[1 + i % 5],
       (ARRAY['Ashgrove LTC','Bramley Park','Castle Hill TC','Dunmore','Elmfield LTC',
              'Fairway Tennis','Greenbank','Holt Road TC','Ivy Lane','Kings Meadow'])[1 + (i * 7 + i / 5) % 10],
       make_date(2024 + (i / 5) / 12, 4, 6) + ((i / 5) % 12) * 14 + (i % 5),
       (i / 5) % 2 = 0,
       CASE WHEN s = 'R' THEN NULL WHEN s = 'C' THEN 0 WHEN s = 'O' THEN 6 ELSE (i * 7 + i / 3) % 7 END,
       CASE WHEN s = 'R' THEN NULL WHEN s = 'C' THEN 6 WHEN s = 'O' THEN 0 ELSE 6 - (i * 7 + i / 3) % 7 END,
       s,
       CASE WHEN i % 5 IN (2) THEN 5 + (i / 5) % 3 * 5 ELSE 4 + (i / 5) % 3 * 5 END,
       CASE WHEN s = 'R' THEN 'Rained off, no date for replay' WHEN s = 'C' THEN 'Three players dropped out' END
FROM (
    SELECT i, CASE WHEN i * 13 % 50 < 3 THEN 'R' WHEN i * 13 % 50 < 5 THEN 'C'
                   WHEN i * 13 % 50 < 7 THEN 'O' ELSE 'P' END AS s
    FROM generate_series(0, 179) AS i
) f;

-- ---------------------------------------------------------------- coaches
CREATE TABLE coaches (
    coach_id      integer PRIMARY KEY,
    coach_nm      text NOT NULL,
    qual          char(1) NOT NULL,
    priv_rate     numeric(6,2) NOT NULL,
    grp_rate      numeric(6,2) NOT NULL,
    self_employed boolean NOT NULL,
    start_dt      date NOT NULL,
    end_dt        date
);
COMMENT ON TABLE coaches IS 'Coaches who teach at the club.';
COMMENT ON COLUMN coaches.qual IS 'LTA coaching level: 2 = assistant coach, 3 = club coach, 4 = senior club coach, 5 = performance coach';
COMMENT ON COLUMN coaches.priv_rate IS 'Current price of a one-hour private lesson';
COMMENT ON COLUMN coaches.grp_rate IS 'Current price per head of a one-hour group session';
COMMENT ON COLUMN coaches.end_dt IS 'Last day coaching here; empty means still with us';

INSERT INTO coaches VALUES
 (1, 'Martin Hale',     '5', 55.00, 14.00, false, date '2015-04-01', NULL),
 (2, 'Sophie Granger',  '4', 45.00, 12.00, true,  date '2019-09-01', NULL),
 (3, 'Luis Ortega',     '3', 38.00, 11.00, true,  date '2021-03-15', NULL),
 (4, 'Becky Thornton',  '3', 38.00, 11.00, true,  date '2022-05-01', date '2025-08-31'),
 (5, 'Kieran Walsh',    '2', 30.00, 10.00, true,  date '2026-12-01', NULL),
 (6, 'Anya Petrova',    '4', 45.00, 12.00, true,  date '2024-05-01', NULL);

-- ---------------------------------------------------------------- lesson
CREATE TABLE lesson (
    lesson_id    integer PRIMARY KEY,
    coach_id     integer NOT NULL REFERENCES coaches (coach_id),
    court_no     smallint NOT NULL REFERENCES court (court_no),
    member_id    integer REFERENCES members (member_id),
    lesson_dt    date NOT NULL,
    start_hr     smallint NOT NULL,
    kind         char(1) NOT NULL,
    players_qty  smallint NOT NULL,
    price_pp     numeric(6,2) NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0,
    st           char(1) NOT NULL,
    notes        text
);
COMMENT ON TABLE lesson IS 'Coaching sessions, one hour each, paid per head per session.';
COMMENT ON COLUMN lesson.member_id IS 'Member who booked a private or semi-private lesson; empty for group sessions';
COMMENT ON COLUMN lesson.kind IS 'P = private (one player), S = semi-private (two players), G = group session';
COMMENT ON COLUMN lesson.players_qty IS 'Number of players in the session';
COMMENT ON COLUMN lesson.price_pp IS 'Price per player for the session';
COMMENT ON COLUMN lesson.disc_pct IS 'Percent off - 10 when a course of six was booked and paid up front';
COMMENT ON COLUMN lesson.st IS 'D = delivered, X = cancelled (not charged), W = washed out by the weather (not charged)';

INSERT INTO lesson (lesson_id, coach_id, court_no, member_id, lesson_dt, start_hr, kind, players_qty, price_pp, disc_pct, st, notes)
SELECT l.i,
       l.coach_id,
       CASE WHEN extract(month FROM l.d) BETWEEN 4 AND 9 THEN 1 + (l.i * 3 % 10) ELSE 7 + (l.i * 3 % 4) END,
       CASE WHEN l.kind = 'G' THEN NULL ELSE mm.member_id END,
       l.d,
       8 + (l.i * 29 % 13),
       l.kind,
       CASE l.kind WHEN 'P' THEN 1 WHEN 'S' THEN 2 ELSE 4 + l.i % 5 END,
       CASE l.kind WHEN 'P' THEN c.priv_rate WHEN 'S' THEN round(c.priv_rate * 0.6, 2) ELSE c.grp_rate END
         - CASE WHEN l.d < date '2025-01-01' THEN 2 ELSE 0 END,
       CASE WHEN l.kind <> 'G' AND l.i % 7 = 0 THEN 10 ELSE 0 END,
       CASE WHEN l.i * 41 % 100 < 6 THEN 'X' WHEN l.i * 41 % 100 < 10 THEN 'W' ELSE 'D' END,
       CASE WHEN l.kind = 'G' AND l.i % 5 = 0 THEN 'Cardio tennis'
            WHEN l.kind = 'G' AND l.i % 5 = 1 THEN 'Junior squad'
            WHEN l.i % 89 = 0 THEN 'Working on second serve' END
FROM (
    SELECT i, d,
           CASE WHEN i % 4 = 0 THEN 'G' WHEN i % 4 = 1 THEN 'S' ELSE 'P' END AS kind,
           CASE WHEN i % 5 = 3 AND d > date '2025-08-31' THEN 1
                WHEN i % 5 = 4 AND d < date '2024-05-01' THEN 2
                ELSE (ARRAY[1, 2, 3, 4, 6])[1 + i % 5] END AS coach_id
    FROM (SELECT i, date '2024-01-01' + ((i - 1) * 1065 / 2600) AS d FROM generate_series(1, 2600) AS i) x
) l
JOIN coaches c ON c.coach_id = l.coach_id
CROSS JOIN LATERAL (
    SELECT e.member_id
    FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
          FROM members
          WHERE joined_dt <= l.d AND (left_dt IS NULL OR left_dt > l.d)) e
    WHERE e.rn = (l.i * 61) % e.n
) mm;

-- ---------------------------------------------------------------- ball_machine_hire
CREATE TABLE ball_machine_hire (
    hire_id      integer PRIMARY KEY,
    member_id    integer NOT NULL REFERENCES members (member_id),
    court_no     smallint NOT NULL REFERENCES court (court_no),
    hire_dt      date NOT NULL,
    hrs          numeric(3,1) NOT NULL,
    rate         numeric(6,2) NOT NULL,
    amt          numeric(7,2) NOT NULL,
    balls_qty    smallint NOT NULL,
    returned_ok  boolean NOT NULL DEFAULT true,
    notes        text
);
COMMENT ON TABLE ball_machine_hire IS 'Ball machine hire log - hard courts only, hired by the half hour.';
COMMENT ON COLUMN ball_machine_hire.hrs IS 'Hours hired';
COMMENT ON COLUMN ball_machine_hire.rate IS 'Hourly rate (juniors half price)';
COMMENT ON COLUMN ball_machine_hire.amt IS 'Charge to the member (0 for a free first go for new members)';
COMMENT ON COLUMN ball_machine_hire.balls_qty IS 'Balls loaded into the machine';
COMMENT ON COLUMN ball_machine_hire.returned_ok IS 'Machine came back clean and charged with all the balls';

INSERT INTO ball_machine_hire (hire_id, member_id, court_no, hire_dt, hrs, rate, amt, balls_qty, returned_ok, notes)
SELECT h.i, mm.member_id, 7 + (h.i * 5 % 4), h.d, h.hrs, h.rate,
       CASE WHEN h.i % 37 = 0 THEN 0 ELSE h.hrs * h.rate END,
       (ARRAY[60, 80, 100])[1 + h.i % 3],
       h.i % 19 <> 0,
       CASE WHEN h.i % 37 = 0 THEN 'Free first go - new member'
            WHEN h.i % 19 = 0 THEN 'Came back with about 20 balls missing' END
FROM (
    SELECT i, d,
           0.5 * (1 + (i * 3 % 4)) AS hrs,
           CASE WHEN d < date '2025-01-01' THEN 8.00 ELSE 9.00 END AS rate
    FROM (SELECT i, date '2024-01-01' + ((i - 1) * 1065 / 480) AS d FROM generate_series(1, 480) AS i) x
) h
CROSS JOIN LATERAL (
    SELECT e.member_id
    FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
          FROM members
          WHERE joined_dt <= h.d AND (left_dt IS NULL OR left_dt > h.d) AND member_id % 3 = 1) e
    WHERE e.rn = (h.i * 17) % e.n
) mm;

-- juniors pay half
UPDATE ball_machine_hire b
SET rate = b.rate / 2, amt = CASE WHEN b.amt = 0 THEN 0 ELSE b.hrs * b.rate / 2 END
FROM members m
WHERE m.member_id = b.member_id AND m.cat = 'J';

-- ---------------------------------------------------------------- bar_txns
CREATE TABLE bar_txns (
    txn_id     integer PRIMARY KEY,
    txn_ts     timestamp NOT NULL,
    member_id  integer REFERENCES members (member_id),
    amt        numeric(7,2) NOT NULL,
    tip_amt    numeric(6,2) NOT NULL DEFAULT 0,
    card_type  char(1) NOT NULL,
    refunded   boolean NOT NULL DEFAULT false,
    till_ref   text NOT NULL
);
COMMENT ON TABLE bar_txns IS 'Card payments taken at the bar (the bar is card only since 2023).';
COMMENT ON COLUMN bar_txns.member_id IS 'Member who paid, if they tapped their membership card; empty for guests and visitors';
COMMENT ON COLUMN bar_txns.amt IS 'Amount of the payment in pounds, tip not included';
COMMENT ON COLUMN bar_txns.card_type IS 'V = Visa, M = Mastercard, A = Amex, P = phone or watch (Apple/Google Pay)';
COMMENT ON COLUMN bar_txns.refunded IS 'Payment was refunded afterwards (wrong amount, duplicate tap)';
COMMENT ON COLUMN bar_txns.till_ref IS 'Card terminal reference';

INSERT INTO bar_txns (txn_id, txn_ts, member_id, amt, tip_amt, card_type, refunded, till_ref)
SELECT i,
       d::timestamp + make_interval(hours => 11 + i % 11, mins => i * 7 % 60),
       CASE WHEN i % 5 = 0 THEN NULL ELSE mm.member_id END,
       2.50 + (i * 37 % 180) * 0.25,
       CASE WHEN i % 9 = 0 THEN 1.00 WHEN i % 17 = 0 THEN 2.50 ELSE 0 END,
       CASE WHEN i % 10 < 4 THEN 'V' WHEN i % 10 < 7 THEN 'M' WHEN i % 10 = 7 THEN 'A' ELSE 'P' END,
       i % 53 = 0,
       'T' || (1 + i % 2) || '-' || lpad(i::text, 6, '0')
FROM (SELECT i, date '2024-01-01' + ((i - 1) * 1065 / 3500) AS d FROM generate_series(1, 3500) AS i) x
CROSS JOIN LATERAL (
    SELECT e.member_id
    FROM (SELECT member_id, row_number() OVER (ORDER BY member_id) - 1 AS rn, count(*) OVER () AS n
          FROM members
          WHERE joined_dt <= x.d AND (left_dt IS NULL OR left_dt > x.d) AND cat <> 'J') e
    WHERE e.rn = (x.i * 53) % e.n
) mm;

-- edge value: last orders on New Year's Eve 2024
UPDATE bar_txns SET txn_ts = timestamp '2024-12-31 23:45:00' WHERE txn_id = 1200;
