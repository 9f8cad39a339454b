"""Russian requests read in English, so both languages share one grammar.

Each Russian word is reduced to its dictionary form with pymorphy3 ('поездок' -> 'поездка') and looked
up in a lexicon of everyday words about data and business (people, things people record, their
attributes, acts, states, time); a word the lexicon lacks is often a loanword ('подкаст', 'тариф',
'эпизод'), matched by its transliteration against the schema's own words. A noun followed by a noun in
the genitive gets 'of' ('типам велосипедов' -> 'types of bikes'), and a plural stays plural. Schedules
are read from the original text (`schedule_text`), not from this translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ai_etl.language.request_text import plural
from ai_etl.language.spoken import spoken_words, verb_forms

# dictionary form -> English. Function words and fixed phrases first, then nouns, adjectives, verbs.
WORDS = {
    "семья": "family", "игрушка": "toy", "волонтёр": "volunteer", "волонтер": "volunteer", "пожертвование": "donation", "подарить": "donate",
    "проверка": "check", "опоздание": "late", "выдать": "lend", "списать": "write off", "добавить": "add", "каталог": "catalogue",
    "по": "per", "для": "for", "каждый": "each", "всякий": "each", "только": "only", "из": "from", "в": "in", "во": "in",
    "и": "and", "или": "or", "с": "with", "со": "with", "без": "without", "за": "in", "о": "about", "об": "about",
    "на": "on", "до": "until", "после": "after", "перед": "before", "от": "from", "у": "with", "не": "not", "ни": "not",
    "нет": "no", "который": "which", "все": "all", "весь": "all", "всё": "all", "есть": "have", "больше": "more than",
    "более": "more than", "меньше": "less than", "менее": "less than", "позже": "later than", "раньше": "earlier than", "чем": "than", "между": "between", "среди": "among",
    "также": "also", "ещё": "also", "сколько": "how many", "какой": "which", "кто": "who", "где": "where",
    "когда": "when", "ли": "", "же": "", "бы": "", "это": "this", "этот": "this", "их": "their", "его": "its",
    "её": "its", "свой": "their", "мой": "my", "наш": "our", "один": "one", "два": "two", "три": "three",
    "пять": "five", "десять": "ten", "никогда": "never",
    "вместе": "together", "плоский": "flat", "остаток": "balance", "движение": "movement", "перевозчик": "carrier",
    "закупка": "purchase", "срок": "time", "обещанный": "promised", "доставить": "deliver",
    "данные": "data", "данный": "data", "таблица": "table", "запись": "record", "строка": "line", "они": "their", "тот": "that",
    "топ": "top", "утро": "morning", "вечер": "evening", "ночь": "night", "полдень": "noon", "полночь": "midnight",
    "ежедневно": "daily", "еженедельно": "weekly", "ежемесячно": "monthly", "ежечасно": "hourly", "вручную": "manually",
    "понедельник": "monday", "вторник": "tuesday", "среда": "wednesday", "четверг": "thursday", "пятница": "friday",
    "суббота": "saturday", "воскресенье": "sunday", "январь": "january", "февраль": "february", "март": "march",
    "апрель": "april", "май": "may", "июнь": "june", "июль": "july", "август": "august", "сентябрь": "september",
    "октябрь": "october", "ноябрь": "november", "декабрь": "december",
    # people
    "клиент": "customer", "покупатель": "customer", "заказчик": "customer", "пользователь": "user", "юзер": "user",
    "участник": "member", "член": "member", "читатель": "reader", "слушатель": "listener", "зритель": "viewer",
    "подписчик": "subscriber", "абонент": "subscriber", "сотрудник": "employee", "работник": "employee",
    "служащий": "employee", "водитель": "driver", "пассажир": "passenger", "пациент": "patient", "врач": "doctor",
    "доктор": "doctor", "ветеринар": "vet", "студент": "student", "ученик": "student", "преподаватель": "teacher",
    "учитель": "teacher", "автор": "author", "поставщик": "supplier", "продавец": "seller", "менеджер": "manager",
    "руководитель": "manager", "владелец": "owner", "гость": "guest", "посетитель": "visitor", "арендатор": "tenant",
    "рекламодатель": "advertiser", "ведущий": "host", "исполнитель": "artist", "артист": "artist", "игрок": "player",
    "команда": "team", "компания": "company", "организация": "organization", "партнёр": "partner", "партнер": "partner",
    # things people record
    "заказ": "order", "покупка": "purchase", "товар": "product", "продукт": "product", "позиция": "item",
    "продажа": "sale", "транзакция": "transaction", "платёж": "payment", "платеж": "payment", "оплата": "payment",
    "счёт": "invoice", "счет": "invoice", "счёт-фактура": "invoice", "чек": "receipt", "штраф": "fine",
    "поездка": "trip", "рейс": "flight", "перелёт": "flight", "велосипед": "bike", "автомобиль": "car",
    "машина": "vehicle", "транспорт": "vehicle", "бронирование": "booking", "бронь": "booking", "номер": "room",
    "гостиница": "hotel", "отель": "hotel", "книга": "book", "экземпляр": "copy", "выдача": "loan", "займ": "loan",
    "филиал": "branch", "отделение": "branch", "магазин": "store", "склад": "warehouse", "отгрузка": "shipment",
    "поставка": "delivery", "доставка": "delivery", "посылка": "parcel", "отзыв": "review", "оценка": "rating",
    "рейтинг": "rating", "подписка": "subscription", "выпуск": "episode", "серия": "episode", "шоу": "show",
    "передача": "show", "прослушивание": "play", "просмотр": "view", "воспроизведение": "play",
    "показание": "reading", "счётчик": "meter", "счетчик": "meter", "помещение": "premise", "объект": "premise",
    "жалоба": "complaint", "обращение": "complaint", "заявка": "request", "задача": "task", "проект": "project",
    "отдел": "department", "зарплата": "salary", "событие": "event", "сессия": "session", "визит": "visit",
    "приём": "appointment", "прием": "appointment", "запись на приём": "appointment", "лекарство": "drug",
    "препарат": "drug", "рецепт": "prescription", "питомец": "pet", "животное": "animal", "курс": "course",
    "занятие": "class", "экзамен": "exam", "договор": "contract", "контракт": "contract", "аренда": "rental",
    "фильм": "film", "песня": "song", "трек": "track", "альбом": "album", "статья": "article", "публикация": "publication",
    "станция": "station", "маршрут": "route", "остановка": "stop", "аэропорт": "airport", "город": "city",
    "страна": "country", "регион": "region", "область": "region", "район": "district", "адрес": "address",
    "реклама": "ad", "объявление": "ad", "слот": "slot", "показ": "impression", "сделка": "deal", "лид": "lead",
    "обслуживание": "maintenance", "ремонт": "repair", "поломка": "breakdown", "неисправность": "fault", "осмотр": "inspection", "трудозатраты": "labour", "авария": "outage", "отключение": "outage",
    # attributes
    "имя": "name", "название": "name", "наименование": "name", "заголовок": "title", "цена": "price",
    "стоимость": "cost", "сумма": "sum", "итог": "total", "выручка": "revenue", "доход": "revenue",
    "количество": "number", "число": "number", "кол-во": "number", "дата": "date", "время": "time",
    "статус": "status", "состояние": "status", "тип": "type", "вид": "type", "категория": "category",
    "жанр": "genre", "язык": "language", "телефон": "phone", "почта": "email", "e-mail": "email", "возраст": "age",
    "длительность": "duration", "продолжительность": "duration", "длина": "length", "вес": "weight",
    "расстояние": "distance", "пробег": "distance", "объём": "volume", "объем": "volume", "потребление": "usage",
    "расход": "usage", "тариф": "tariff", "план": "plan", "валюта": "currency", "скидка": "discount",
    "год": "year", "месяц": "month", "неделя": "week", "день": "day", "час": "hour", "минута": "minute",
    "секунда": "second", "квартал": "quarter", "доля": "share", "процент": "percentage", "среднее": "average",
    # states and qualities
    "годовой": "annual", "ежегодный": "annual", "месячный": "monthly", "ежемесячный": "monthly",
    "ежедневный": "daily", "еженедельный": "weekly", "ежечасный": "hourly", "активный": "active",
    "новый": "new", "неоплаченный": "unpaid", "оплаченный": "paid", "отменённый": "cancelled", "отмененный": "cancelled",
    "завершённый": "completed", "завершенный": "completed", "выполненный": "completed", "успешный": "completed",
    "неудачный": "failed", "возвращённый": "returned", "возвращенный": "returned", "просроченный": "overdue",
    "открытый": "open", "закрытый": "closed", "плохой": "bad", "хороший": "good", "платный": "premium",
    "бесплатный": "free", "пробный": "trial", "электрический": "electric", "средний": "average", "общий": "total",
    "суммарный": "total", "максимальный": "max", "минимальный": "min", "наибольший": "largest", "наименьший": "smallest",
    "последний": "latest", "первый": "first", "уникальный": "distinct", "различный": "distinct", "разный": "distinct",
    "опубликованный": "published", "удалённый": "deleted", "ожидающий": "pending",
    # acts
    "посчитать": "count", "подсчитать": "count", "считать": "count", "загрузить": "load", "загружать": "load",
    "выгрузить": "load", "выгружать": "load", "перенести": "move", "переносить": "move", "скопировать": "copy",
    "копировать": "copy", "обновлять": "refresh", "обновить": "refresh", "пересчитывать": "recompute",
    "пересчитать": "recompute", "показать": "show", "вывести": "show", "найти": "find", "собрать": "collect",
    "удалить": "delete", "очистить": "truncate", "изменить": "alter", "оплатить": "pay", "отменить": "cancel",
    "купить": "buy", "продать": "sell", "зарегистрироваться": "sign up", "подписаться": "subscribe",
    "прослушать": "play", "слушать": "listen", "посмотреть": "view", "завершить": "complete", "выполнить": "complete",
    "вернуть": "return", "выставить": "issue", "выпустить": "release", "опубликовать": "publish", "установить": "install",
    "принадлежать": "belong", "получить": "receive", "отправить": "send", "создать": "create", "зарегистрировать": "register",
    "забронировать": "book", "арендовать": "rent", "взять": "take", "просрочить": "overdue",
    # countries said in requests
    "германия": "germany", "франция": "france", "япония": "japan", "испания": "spain", "бразилия": "brazil",
    "индия": "india", "великобритания": "united kingdom", "сша": "united states", "европа": "eu", "россия": "russia",
    "италия": "italy", "канада": "canada", "китай": "china",
    # currencies
    "евро": "eur", "доллар": "usd", "фунт": "gbp", "рубль": "rub",
    # general words of requests
    "мы": "we", "быть": "", "аннулировать": "void", "раз": "times", "сейчас": "now", "сделать": "make", "при": "with",
    "начаться": "start", "открыть": "open", "килограмм": "kilogram", "литр": "litre", "тонна": "tonne",
    "самый": "most", "принять": "accept", "дом": "house", "начало": "start", "получатель": "recipient",
    "забрать": "collect", "курьер": "courier", "стоить": "cost", "брать": "take", "место": "place",
    "свободный": "free", "критический": "critical", "сигнал": "signal", "прийти": "arrive", "ничего": "nothing",
    "обещать": "promise", "дать": "give", "будни": "weekdays", "будний": "weekday", "выплатить": "pay",
    "учитывать": "count", "электронный": "electronic", "производитель": "producer", "вызов": "call",
    "воскресение": "sunday", "причина": "reason", "второй": "second", "пятый": "fifth", "четыре": "four",
    "поступить": "come in", "дубль": "duplicate", "список": "list", "работать": "work", "отработать": "work", "больница": "hospital",
    "долгий": "long", "кандидат": "candidate", "одобрить": "approve", "отклонить": "reject", "отклонять": "reject",
    "отпуск": "leave", "человек": "person", "выплата": "payout", "возврат": "return", "подтвердить": "confirm",
    "смена": "shift", "прислать": "send", "через": "through", "дважды": "twice", "сорт": "variety",
    "урожай": "harvest", "полугодие": "half", "помесячно": "monthly", "ветер": "wind", "дизель": "diesel",
    "залить": "fill", "клиника": "clinic", "лодка": "boat", "аптека": "pharmacy", "отход": "waste",
    "контейнер": "container", "часы": "hours", "сутки": "day", "работа": "work", "техника": "equipment",
    "упаковка": "package", "продукция": "product", "инцидент": "incident", "удержание": "deduction",
    "отсутствие": "absence", "согласие": "consent", "рассылка": "mailing", "выработка": "output", "выписать": "issue",
    "выписка": "issue", "срочность": "urgency", "парамедик": "paramedic", "подстанция": "station",
    "кооператив": "cooperative", "опрыскивание": "spray", "повредить": "damage", "заправка": "refuelling",
}  # fmt: skip
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
# fixed phrases, before single words
PHRASES = {"больше чем": "more than", "меньше чем": "less than", "в процентах": "as a percentage", "у которых есть": "who have", "у которых": "who have", "у которого есть": "who has", "у которого": "who has",
           "хотя бы": "at least", "ещё не": "not yet", "еще не": "not yet", "так и не": "never", "до сих пор": "still",
           "всё ещё": "still", "все еще": "still", "по-прежнему": "still",
           "не считай": "do not count", "не считать": "do not count", "не учитывай": "do not count", "не учитывать": "do not count"}  # fmt: skip
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch _ y _ e yu ya".split()))


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def translate_russian(text: str, names: Iterable[str] = ()) -> str:
    """The request with each Russian word in English (`names`: the schema's words, for loanwords)."""
    if not _WORD.search(text):
        return text
    known = {w for name in names for w in spoken_words(name)}
    for phrase, english in PHRASES.items():
        text = re.sub(rf"(?<![а-яё]){phrase}(?![а-яё])", english, text, flags=re.IGNORECASE)
    pieces: list[str] = []
    last, previous_noun = 0, False
    for match in _WORD.finditer(text):
        parse = _morph().parse(match[0].lower())[0]
        english = WORDS.get(match[0].lower()) if match[0].lower() in WORDS else _english(parse.normal_form, known)
        noun = "NOUN" in parse.tag
        if english and noun and "plur" in parse.tag:
            english = _plural(english)
        if english and {"PRTF", "PRTS"} & set(parse.tag.grammemes):  # 'завершённых' -> 'completed'
            english = next(iter(verb_forms(english, "VBN")), english)
        if english and "VERB" in parse.tag and "past" in parse.tag:  # 'выставили' -> 'issued'
            english = next(iter(verb_forms(english, "VBD")), english)
        adjacent = not text[last : match.start()].strip()
        genitive = "gent" in parse.tag and (noun or "ADJF" in parse.tag)  # 'типам велосипедов', 'доля каждого перевозчика'
        of = "of " if genitive and previous_noun and adjacent and english else ""
        pieces += [text[last : match.start()], of + english if english is not None else match[0]]
        last, previous_noun = match.end(), noun
    return re.sub(r"\b(\d{4})\s+year\b", r"\1", "".join(pieces + [text[last:]]))  # 'за 2024 год


def _english(lemma: str, known: set[str]) -> str | None:
    if lemma in WORDS:
        return WORDS[lemma]
    spelled = "".join(TRANSLIT.get(ch, ch) for ch in lemma).replace("_", "")
    for russian, latin in (("tsiya", "tion"), ("siya", "sion"), ("iya", "y"), ("ya", "a")):  # 'сессия', 'категория'
        if spelled.endswith(russian):
            spelled = spelled[: -len(russian)] + latin
            break
    spelled = _simplified(spelled)
    if len(spelled) < 4:
        return None
    from rapidfuzz import fuzz, process

    best = process.extractOne(spelled, {w: _simplified(w) for w in known if len(w) >= 4}, scorer=fuzz.ratio, score_cutoff=84)
    return best[2] if best else None  # a loanword the schema uses: 'подкаст' -> podcast


def _simplified(word: str) -> str:
    """Latin spellings a transliteration cannot tell apart: 'podcast'/'podkast', 'episode'/'epizod'."""
    word = word.lower().replace("ph", "f").replace("x", "ks").translate(str.maketrans("czyw", "ksiv"))
    return re.sub(r"(.)\1+", r"\1", word).removesuffix("e")


def _plural(english: str) -> str:
    return english if " " in english or len(english) <= 3 or english in ("data", "revenue", "usage") else plural(english)


def without_russian_schedule(text: str, *phrases: str) -> str:
    """The request without the Russian words its schedule was read from ('каждый день в 7 утра'): in English
    they would read as a grouping by day."""
    for phrase in phrases:
        if phrase and _WORD.search(phrase):
            text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
    return text
