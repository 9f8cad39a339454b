-- A dev set's database, made up on 2026-12-01 (third session) to measure the day's changes (values of
-- name columns, count thresholds, the name of each group, columns that count) on words and a schema
-- they were not written for: a record label's artists, albums, tracks and critics' reviews. Artists'
-- home towns are too many for a catalog to list. Declared keys on two tables, none on the others.
create table artist (artist_id int primary key, stage_name text, home_town text, debut_year int);
insert into artist values (1, 'Nora Vale', 'Galway', 2009), (2, 'The Quiet Hours', 'Tromso', 2014),
  (3, 'Kid Marlow', 'Galway', 2017), (4, 'Orla Finch', 'Bergen', 2011);
insert into artist select i, 'Artist ' || i, 'Town ' || i, 2000 + i % 20 from generate_series(5, 40) i;

create table album (album_id int primary key, artist_id int references artist, title text, release_year int,
                    track_count int, label_price numeric(6,2));
insert into album
select i, 1 + (i * 7) % 40, 'Album ' || i, 2005 + (i * 3) % 19, 6 + (i * 5) % 11, 7.99 + (i % 5)
from generate_series(1, 90) i;

create table track (track_id int, album_id int, track_title text, seconds int, explicit boolean);
insert into track
select i, 1 + (i * 11) % 90, 'Track ' || i, 120 + (i * 37) % 300, i % 7 = 0
from generate_series(1, 700) i;

create table review (review_id int, album_id int, critic text, score int, published_on date);
insert into review
select i, 1 + (i * 13) % 88, (array['Hale', 'Moreau', 'Ibsen', 'Quint'])[1 + i % 4], 1 + (i * 7) % 10,
       date '2019-01-01' + (i * 17) % 1800
from generate_series(1, 260) i;
