-- A dev set's database, made up on 2026-12-01 (seventh session, second pair) and written blind:
-- billing and usage of a B2B software company. Some keys declared (acct_users.account_id,
-- subscriptions.plan_code, billing_invoices.subscription_id, support_tickets.account_id), others only
-- implied (subscriptions.acct_id -> accounts.account_id, billing_invoices.account_id,
-- billing_payments.invoice_ref -> billing_invoices.invoice_id, support_tickets.opened_by_user and
-- usage_events.user_id -> acct_users.user_id). Countries are ISO codes, categorical text is lower
-- case. Edge values on purpose: seat counts equal to the plan limit, plans without a limit (NULL),
-- unresolved tickets and missing CSAT scores, users who never logged in, events at 23:xx.
-- Deterministic: generate_series and modular arithmetic only.

create table accounts (
  account_id     int primary key,
  company_name   text not null,
  industry       text not null,          -- 'fintech', 'healthcare', 'retail', 'education', 'logistics', 'media'
  country_code   char(2) not null,       -- 'US', 'GB', 'DE', 'FR', 'NL', 'IN', 'CA'
  signed_up_at   timestamptz not null,
  is_enterprise  boolean not null,
  account_owner  text                    -- sales rep, null when self-serve
);
insert into accounts values
  (1,  'Northwind Analytics',    'fintech',    'US', '2023-01-09 14:22:00+00', true,  'Dana Whitfield'),
  (2,  'Globex Retail Group',    'retail',     'GB', '2023-02-14 09:05:00+00', true,  'Sam Oyelaran'),
  (3,  'Initech GmbH',           'logistics',  'DE', '2023-03-30 11:47:00+00', false, 'Jonas Brandt'),
  (4,  'Umbrella Health',        'healthcare', 'US', '2023-05-02 16:10:00+00', true,  null),
  (5,  'Brightpath Learning',    'education',  'CA', '2023-06-19 13:31:00+00', false, 'Dana Whitfield'),
  (6,  'Kraftwerk Mobility AG',  'logistics',  'DE', '2023-08-07 08:15:00+00', true,  'Jonas Brandt'),
  (7,  'Maison Lumière',         'retail',     'FR', '2023-09-21 10:02:00+00', false, null),
  (8,  'Tulip Payments BV',      'fintech',    'NL', '2023-11-13 15:40:00+00', true,  'Jonas Brandt'),
  (9,  'Sundar Health Systems',  'healthcare', 'IN', '2024-01-22 06:55:00+00', false, 'Priya Raman'),
  (10, 'Pixel & Pine Media',     'media',      'US', '2024-03-04 19:20:00+00', false, null);
insert into accounts
select i,
       (array['Blue', 'Summit', 'Harbor', 'Quantum', 'Cedar', 'Nimbus', 'Atlas', 'Vertex', 'Lumen', 'Orbit',
              'Falcon', 'Maple', 'Copper', 'Granite', 'Willow', 'Polar', 'Beacon', 'Sterling'])[1 + i % 18]
       || ' ' ||
       (array['Labs', 'Logistics', 'Health', 'Retail', 'Capital', 'Learning', 'Media', 'Systems', 'Foods',
              'Travel', 'Energy', 'Robotics', 'Partners', 'Networks', 'Studios', 'Clinics', 'Freight'])[1 + (i * 5) % 17],
       (array['fintech', 'healthcare', 'retail', 'education', 'logistics', 'media'])[1 + (i * 7) % 6],
       (array['US', 'GB', 'DE', 'FR', 'NL', 'IN', 'CA', 'US', 'US', 'GB'])[1 + (i * 3) % 10],
       timestamptz '2023-01-01 00:00:00+00' + ((i * 53) % 1030) * interval '1 day'
         + ((i * 7) % 24) * interval '1 hour' + ((i * 13) % 60) * interval '1 minute',
       i % 7 = 0,
       case when i % 5 = 0 then null
            else (array['Dana Whitfield', 'Sam Oyelaran', 'Jonas Brandt', 'Priya Raman', 'Léa Moreau'])[1 + i % 5] end
from generate_series(11, 300) i;

create table plans (
  plan_code       text primary key,
  display_name    text not null,
  price_per_seat  numeric(8,2) not null,   -- per seat per month
  platform_fee    numeric(8,2) not null,   -- per month
  max_seats       int,                     -- null = unlimited
  is_legacy       boolean not null
);
insert into plans values
  ('basic_2020', 'Basic (2020)', 8.00,  0.00,    5,    true),
  ('pro_2021',   'Pro (2021)',   20.00, 0.00,    25,   true),
  ('starter',    'Starter',      12.00, 0.00,    10,   false),
  ('team',       'Team',         25.00, 0.00,    50,   false),
  ('business',   'Business',     45.00, 99.00,   200,  false),
  ('enterprise', 'Enterprise',   38.00, 1500.00, null, false);

create table acct_users (
  user_id        int primary key,
  account_id     int not null references accounts (account_id),
  email          text not null,
  full_name      text not null,
  user_role      text not null,            -- 'owner', 'admin', 'member', 'viewer'
  created_at     timestamptz not null,
  last_login_at  timestamptz,              -- null: never logged in
  is_active      boolean not null
);
insert into acct_users
select row_number() over (order by a.account_id, j.n),
       a.account_id,
       lower(f.first) || '.' || lower(f.last) || j.n || '@' || lower(regexp_replace(a.company_name, '[^A-Za-z]', '', 'g')) || '.example',
       f.first || ' ' || f.last,
       case when j.n = 1 then 'owner' when j.n <= 3 then 'admin' when j.n % 5 = 0 then 'viewer' else 'member' end,
       a.signed_up_at + (j.n * 3 + (a.account_id * j.n) % 40) * interval '1 day',
       case when j.n % 9 = 0 or (a.account_id + j.n) % 23 = 0 then null
            else a.signed_up_at + (j.n * 3 + (a.account_id * j.n) % 40 + 1 + (a.account_id * 7 + j.n * 11) % 300) * interval '1 day'
                 + ((a.account_id + j.n) % 600) * interval '1 minute' end,
       (a.account_id * 3 + j.n) % 11 <> 0
from accounts a
cross join generate_series(1, 40) j(n)
cross join lateral (
  select (array['Emma', 'Noah', 'Olivia', 'Lucas', 'Mia', 'Arjun', 'Sofia', 'Ethan', 'Chen', 'Amara',
                'Mateo', 'Hana', 'Jonas', 'Leila', 'Kofi', 'Ingrid', 'Diego', 'Yuki'])[1 + (a.account_id + j.n * 7) % 18] as first,
         (array['Smith', 'Garcia', 'Müller', 'Dubois', 'Kim', 'Sharma', 'Okoro', 'Rossi', 'Novak', 'Larsen',
                'Tanaka', 'Silva', 'Brown', 'Nguyen'])[1 + (a.account_id * 3 + j.n) % 14] as last
) f
where j.n <= 2 + (a.account_id * 7) % 13 + case when a.is_enterprise then 12 + a.account_id % 15 else 0 end;

create table subscriptions (
  subscription_id  int primary key,
  acct_id          int not null,             -- accounts.account_id, not declared
  plan_code        text not null references plans (plan_code),
  sub_status       text not null,            -- 'active', 'trialing', 'past_due', 'canceled', 'superseded'
  started_on       date not null,
  ended_on         date,
  seat_count       int not null,
  discount_pct     numeric(5,2) not null,
  auto_renew       boolean not null
);
insert into subscriptions
select row_number() over (order by s.account_id, s.j),
       s.account_id,
       s.plan_code,
       case when s.j < s.k then 'superseded'
            else (array['active', 'active', 'active', 'active', 'active', 'active', 'trialing', 'past_due',
                        'canceled', 'active'])[1 + (s.account_id * 3) % 10] end,
       case when s.j = s.k and (s.account_id * 3) % 10 = 6 then date '2025-11-01' + s.account_id % 25   -- fresh trials
            else s.started_on end,
       case when s.j < s.k then s.started_on + 209
            when (s.account_id * 3) % 10 = 8 then least(s.started_on + 120 + s.account_id % 60, date '2025-12-20') end,
       s.seats,
       case when s.account_id % 6 = 0 then 10 when s.account_id % 9 = 0 then 20 when s.account_id % 25 = 0 then 12.5
            else 0 end,
       s.account_id % 4 <> 1
from (
  select a.account_id, g.j,
         least(1 + a.account_id % 3, 1 + (date '2025-11-30' - a.signed_up_at::date) / 210) as k,
         a.signed_up_at::date + (g.j - 1) * 210 as started_on,
         case when a.is_enterprise and g.j = least(1 + a.account_id % 3, 1 + (date '2025-11-30' - a.signed_up_at::date) / 210)
                   then 'enterprise'
              when a.is_enterprise then 'business'
              else (array['basic_2020', 'pro_2021', 'starter', 'team', 'business', 'starter', 'team'])[1 + (a.account_id + g.j * 2) % 7]
         end as plan_code,
         case when a.is_enterprise then 40 + (a.account_id * 13 + g.j * 7) % 160
              else lim.l + case when (a.account_id + g.j) % 17 = 0 then 1 + a.account_id % 4      -- over the limit
                                when (a.account_id + g.j) % 11 = 0 then 0                           -- exactly at it
                                else -1 - (a.account_id * 7 + g.j) % ceil(lim.l * 0.7)::int end
         end as seats
  from accounts a cross join generate_series(1, 3) g(j)
  cross join lateral (select (array[5, 25, 10, 50, 200, 10, 50])[1 + (a.account_id + g.j * 2) % 7] as l) lim
) s
where s.j <= s.k;

create table billing_invoices (
  invoice_id       int primary key,
  subscription_id  int not null references subscriptions (subscription_id),
  account_id       int not null,             -- accounts.account_id, not declared
  invoice_number   text not null unique,
  issued_on        date not null,
  due_on           date not null,
  amount_total     numeric(12,2) not null,
  currency         char(3) not null,         -- 'USD', 'EUR', 'GBP'
  inv_status       text not null             -- 'paid', 'open', 'void', 'uncollectible'
);
insert into billing_invoices
select x.id, x.subscription_id, x.acct_id,
       'INV-' || to_char(x.issued_on, 'YYYY') || '-' || lpad(x.id::text, 6, '0'),
       x.issued_on,
       x.issued_on + case when x.plan_code = 'enterprise' then 30 else 14 end,
       round((x.price_per_seat * x.seat_count + x.platform_fee) * (1 - x.discount_pct / 100), 2),
       case when x.country_code in ('DE', 'FR', 'NL') then 'EUR' when x.country_code = 'GB' then 'GBP' else 'USD' end,
       case when x.issued_on >= date '2025-11-20' then 'open'
            when x.sub_status = 'past_due' and x.issued_on >= date '2025-09-20' then 'open'
            when x.id % 50 = 0 then 'void'
            when x.id % 50 = 1 then 'uncollectible'
            when x.id % 50 in (2, 3) then 'open'
            else 'paid' end
from (
  select row_number() over (order by s.subscription_id, m.issued_on) as id,
         s.subscription_id, s.acct_id, s.plan_code, s.seat_count, s.discount_pct, s.sub_status,
         p.price_per_seat, p.platform_fee, a.country_code, m.issued_on
  from subscriptions s
  join plans p on p.plan_code = s.plan_code
  join accounts a on a.account_id = s.acct_id
  cross join lateral (
    select d::date as issued_on
    from generate_series(s.started_on, least(coalesce(s.ended_on, date '2025-12-31'), date '2025-12-31') - 1,
                         interval '1 month') d
  ) m
  where s.sub_status <> 'trialing'
) x;

create table billing_payments (
  payment_id   int primary key,
  invoice_ref  int not null,                 -- billing_invoices.invoice_id, not declared
  paid_at      timestamptz not null,
  amount       numeric(12,2) not null,
  method       text not null,                -- 'card', 'ach', 'sepa_debit', 'wire', 'paypal'
  outcome      text not null                 -- 'succeeded', 'failed'
);
insert into billing_payments
select row_number() over (order by y.invoice_id, y.attempt), y.invoice_id,
       (y.issued_on + y.attempt * 2 + (y.invoice_id * 7) % 9)::timestamp at time zone 'UTC'
         + ((y.invoice_id * 37) % 1440) * interval '1 minute',
       y.amount_total,
       case when y.plan_code = 'enterprise' then (case when y.currency = 'USD' then 'ach' else 'wire' end)
            when y.currency = 'EUR' then 'sepa_debit'
            when y.invoice_id % 6 = 0 then 'paypal'
            else 'card' end,
       case when y.inv_status <> 'paid' then 'failed'
            when y.attempt = 1 and y.invoice_id % 9 = 0 then 'failed'   -- retried and paid two days later
            else 'succeeded' end
from (
  select i.invoice_id, i.issued_on, i.amount_total, i.currency, i.inv_status, s.plan_code, a.attempt
  from billing_invoices i
  join subscriptions s on s.subscription_id = i.subscription_id
  cross join lateral (values (1), (2)) a(attempt)
  where (a.attempt = 1 and i.inv_status in ('paid', 'uncollectible'))
     or (a.attempt = 1 and i.inv_status = 'open' and i.invoice_id % 4 = 0)
     or (a.attempt = 2 and i.inv_status = 'paid' and i.invoice_id % 9 = 0)
) y;

create table support_tickets (
  ticket_id       int primary key,
  account_id      int not null references accounts (account_id),
  opened_by_user  int,                       -- acct_users.user_id, not declared
  opened_at       timestamptz not null,
  resolved_at     timestamptz,
  priority        text not null,             -- 'low', 'normal', 'high', 'urgent'
  category        text not null,             -- 'billing', 'bug', 'how_to', 'feature_request', 'access'
  csat            smallint                   -- 1..5, null when not rated
);
insert into support_tickets
select t.i, t.account_id, u.user_id, t.opened_at,
       case when t.i % 13 = 0 or t.opened_at >= timestamptz '2025-12-28 00:00:00+00' then null
            else t.opened_at + (case t.priority when 'urgent' then 2 when 'high' then 9 when 'normal' then 30 else 70 end
                                + (t.i * 17) % 40) * interval '1 hour' + ((t.i * 7) % 60) * interval '1 minute' end,
       t.priority, t.category,
       case when t.i % 13 = 0 or t.i % 3 = 0 then null else 1 + (t.i * 7 + t.i / 5) % 5 end
from (
  select g.i, a.account_id,
         least(a.signed_up_at + (30 + (g.i * 29) % 900) * interval '1 day' + ((g.i * 11) % 1440) * interval '1 minute',
               timestamptz '2025-12-30 17:45:00+00' - ((g.i * 7) % 700) * interval '1 day') as opened_at,
         (array['normal', 'normal', 'low', 'high', 'normal', 'urgent', 'low', 'high'])[1 + (g.i * 5) % 8] as priority,
         (array['how_to', 'bug', 'billing', 'access', 'bug', 'feature_request', 'how_to'])[1 + (g.i * 3) % 7] as category
  from generate_series(1, 1600) g(i)
  join accounts a on a.account_id = case when g.i % 4 = 0 then 1 + (g.i * 7) % 240
                                         else 1 + ((g.i * g.i * 3 + g.i) % 307) % 300 end
) t
left join lateral (
  select user_id from acct_users u where u.account_id = t.account_id
  order by (u.user_id * 31 + t.i) % 97, u.user_id limit 1
) u on true;

create table usage_events (
  event_id     bigint primary key,
  user_id      int not null,                 -- acct_users.user_id, not declared
  event_type   text not null,                -- 'login', 'api_call', 'export', 'dashboard_view'
  occurred_at  timestamp not null,           -- UTC, no zone stored
  units        int not null
);
insert into usage_events
select g.i,
       1 + ((g.i * 37 + (g.i * g.i) % 101) % (select count(*) from acct_users)),
       et.event_type,
       timestamp '2025-01-01 00:00:00' + ((g.i * 13) % 365) * interval '1 day'
         + ((g.i * 7) % 24) * interval '1 hour' + ((g.i * 11) % 60) * interval '1 minute',
       case when et.event_type = 'api_call' then 1 + (g.i * 29) % 500 else 1 end
from generate_series(1, 12000) g(i)
cross join lateral (
  select (array['login', 'api_call', 'api_call', 'dashboard_view', 'login', 'api_call', 'export', 'dashboard_view',
                'api_call'])[1 + g.i % 9] as event_type
) et;
