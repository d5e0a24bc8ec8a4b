#include "person_fields.h"

#include "../domain/citizen_id.h"
#include "../domain/districts.h"

#include <vector>

namespace hukou::core {

namespace {

qsizetype codePoints(QStringView s)
{
    qsizetype n = s.size();
    for (QChar c : s)
        if (c.isLowSurrogate())
            --n;
    return n;
}

int digits(QStringView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

QDate PersonFields::parseDate(QStringView s)
{
    // Hand-written: QDate::fromString with a format was the slowest step of a large import.
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return {};
    const int y = digits(s, 0, 4);
    const int m = digits(s, 5, 2);
    const int d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid for impossible dates
}

QString PersonFields::natureText(const QString& nature)
{
    if (nature == residentNature())
        return QStringLiteral("广州市居民户口");
    if (nature.isEmpty() || nature == QStringLiteral("未落常住户口"))
        return nature;
    return nature + QStringLiteral("户口");
}

QString PersonFields::formatDate(const QDate& date)
{
    if (!date.isValid())
        return QString(QLatin1String(""));
    int y = date.year();
    const int m = date.month();
    const int d = date.day();
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    char16_t buf[10];
    for (int i = 3; i >= 0; --i) {
        buf[i] = static_cast<char16_t>(u'0' + y % 10);
        y /= 10;
    }
    buf[4] = u'-';
    buf[5] = static_cast<char16_t>(u'0' + m / 10);
    buf[6] = static_cast<char16_t>(u'0' + m % 10);
    buf[7] = u'-';
    buf[8] = static_cast<char16_t>(u'0' + d / 10);
    buf[9] = static_cast<char16_t>(u'0' + d % 10);
    return QString(reinterpret_cast<const QChar*>(buf), 10);
}

std::span<const FieldSpec> PersonFields::all()
{
    static const std::vector<FieldSpec> specs = {
        {PersonField::CitizenId, QStringLiteral("citizen_id"), QStringLiteral("公民身份号码"), true, true, 18},
        {PersonField::Name, QStringLiteral("name"), QStringLiteral("姓名"), true, true, 50},
        {PersonField::Sex, QStringLiteral("sex"), QStringLiteral("性别"), true, true, 1},
        {PersonField::BirthDate, QStringLiteral("birth_date"), QStringLiteral("出生日期"), true, true, 10},
        {PersonField::Ethnicity, QStringLiteral("ethnicity"), QStringLiteral("民族"), false, true, 20},
        {PersonField::District, QStringLiteral("district"), QStringLiteral("区"), true, true, 10},
        {PersonField::Address, QStringLiteral("address"), QStringLiteral("住址"), true, true, 200},
        {PersonField::HouseholdNumber, QStringLiteral("household_number"), QStringLiteral("户号"), true, true, 30},
        {PersonField::Relation, QStringLiteral("relation"), QStringLiteral("与户主关系"), true, true, 20},
        {PersonField::HukouNature, QStringLiteral("hukou_nature"), QStringLiteral("户口性质"), true, true, 20},
        {PersonField::MovedInDate, QStringLiteral("moved_in_date"), QStringLiteral("迁入日期"), false, true, 10},
        {PersonField::MovedInFrom, QStringLiteral("moved_in_from"), QStringLiteral("迁入地"), false, true, 200},
        {PersonField::Education, QStringLiteral("education"), QStringLiteral("文化程度"), false, true, 30},
        {PersonField::MaritalStatus, QStringLiteral("marital_status"), QStringLiteral("婚姻状况"), false, true, 10},
        {PersonField::Occupation, QStringLiteral("occupation"), QStringLiteral("职业"), false, true, 100},
        {PersonField::FormerNature, QStringLiteral("former_nature"), QStringLiteral("原户口性质"), false, true, 20},
        {PersonField::FormerNames, QStringLiteral("former_names"), QStringLiteral("曾用名"), false, false, 200},
        {PersonField::Birthplace, QStringLiteral("birthplace"), QStringLiteral("出生地"), false, false, 200},
        {PersonField::NativePlace, QStringLiteral("native_place"), QStringLiteral("籍贯"), false, false, 100},
        {PersonField::MilitaryService, QStringLiteral("military_service"), QStringLiteral("兵役状况"), false, false, 20},
        {PersonField::Employer, QStringLiteral("employer"), QStringLiteral("服务处所"), false, false, 200},
    };
    return specs;
}

const FieldSpec& PersonFields::spec(PersonField f)
{
    return all()[static_cast<std::size_t>(f)];
}

QList<PersonField> PersonFields::fileColumns()
{
    QList<PersonField> out;
    for (const auto& s : all())
        if (s.inFile)
            out << s.field;
    return out;
}

std::optional<PersonField> PersonFields::fromName(const QString& name)
{
    const QString n = name.trimmed();
    for (const auto& s : all())
        if (s.key == n || s.chinese == n)
            return s.field;
    return std::nullopt;
}

const QStringList& PersonFields::ethnicities()
{
    // GB/T 3304 codes 01–56 in order, then 97 其他, 98 外国血统中国籍人士, and 穿青人 as registers write it.
    static const QStringList list = {
        QStringLiteral("汉族"), QStringLiteral("蒙古族"), QStringLiteral("回族"), QStringLiteral("藏族"),
        QStringLiteral("维吾尔族"), QStringLiteral("苗族"), QStringLiteral("彝族"), QStringLiteral("壮族"),
        QStringLiteral("布依族"), QStringLiteral("朝鲜族"), QStringLiteral("满族"), QStringLiteral("侗族"),
        QStringLiteral("瑶族"), QStringLiteral("白族"), QStringLiteral("土家族"), QStringLiteral("哈尼族"),
        QStringLiteral("哈萨克族"), QStringLiteral("傣族"), QStringLiteral("黎族"), QStringLiteral("傈僳族"),
        QStringLiteral("佤族"), QStringLiteral("畲族"), QStringLiteral("高山族"), QStringLiteral("拉祜族"),
        QStringLiteral("水族"), QStringLiteral("东乡族"), QStringLiteral("纳西族"), QStringLiteral("景颇族"),
        QStringLiteral("柯尔克孜族"), QStringLiteral("土族"), QStringLiteral("达斡尔族"), QStringLiteral("仫佬族"),
        QStringLiteral("羌族"), QStringLiteral("布朗族"), QStringLiteral("撒拉族"), QStringLiteral("毛南族"),
        QStringLiteral("仡佬族"), QStringLiteral("锡伯族"), QStringLiteral("阿昌族"), QStringLiteral("普米族"),
        QStringLiteral("塔吉克族"), QStringLiteral("怒族"), QStringLiteral("乌孜别克族"), QStringLiteral("俄罗斯族"),
        QStringLiteral("鄂温克族"), QStringLiteral("德昂族"), QStringLiteral("保安族"), QStringLiteral("裕固族"),
        QStringLiteral("京族"), QStringLiteral("塔塔尔族"), QStringLiteral("独龙族"), QStringLiteral("鄂伦春族"),
        QStringLiteral("赫哲族"), QStringLiteral("门巴族"), QStringLiteral("珞巴族"), QStringLiteral("基诺族"),
        QStringLiteral("其他"), QStringLiteral("外国血统中国籍人士"), QStringLiteral("穿青人"),
    };
    return list;
}

const QStringList& PersonFields::relations()
{
    // The file's plain words first, then the GB/T 4761-2008 names registers also use.
    static const QStringList list = {
        QStringLiteral("户主"), QStringLiteral("配偶"), QStringLiteral("子"), QStringLiteral("女"),
        QStringLiteral("父亲"), QStringLiteral("母亲"), QStringLiteral("孙子"), QStringLiteral("孙女"),
        QStringLiteral("兄弟"), QStringLiteral("姐妹"), QStringLiteral("其他"), QStringLiteral("夫"),
        QStringLiteral("妻"), QStringLiteral("独生子"), QStringLiteral("长子"), QStringLiteral("次子"),
        QStringLiteral("养子或继子"), QStringLiteral("女婿"), QStringLiteral("独生女"), QStringLiteral("长女"),
        QStringLiteral("次女"), QStringLiteral("养女或继女"), QStringLiteral("儿媳"), QStringLiteral("外孙子"),
        QStringLiteral("外孙女"), QStringLiteral("父母"), QStringLiteral("兄"), QStringLiteral("弟"),
        QStringLiteral("姐"), QStringLiteral("妹"), QStringLiteral("其他亲属"), QStringLiteral("非亲属"),
    };
    return list;
}

const QStringList& PersonFields::hukouNatures()
{
    static const QStringList list = {QStringLiteral("农业"), QStringLiteral("非农业"), QStringLiteral("自理口粮"),
                                     QStringLiteral("蓝印"), QStringLiteral("居民"), QStringLiteral("未落常住户口")};
    return list;
}

const QStringList& PersonFields::legacyNatures()
{
    static const QStringList list = {QStringLiteral("农业"), QStringLiteral("非农业"), QStringLiteral("自理口粮"),
                                     QStringLiteral("蓝印")};
    return list;
}

const QStringList& PersonFields::maritalStatuses()
{
    static const QStringList list = {QStringLiteral("未婚"), QStringLiteral("已婚"), QStringLiteral("离婚"),
                                     QStringLiteral("丧偶"), QStringLiteral("初婚"), QStringLiteral("再婚"),
                                     QStringLiteral("复婚"), QStringLiteral("未说明")};
    return list;
}

Result<QString> PersonFields::normalize(PersonField f, const QString& raw, const QDate& today)
{
    const FieldSpec& s = spec(f);
    const QString v = raw.trimmed();
    const auto bad = [&](const QString& why) { return fail(ErrorCode::Invalid, why, s.key); };
    if (v.isEmpty()) {
        if (s.required)
            return bad(tr("%1 is required").arg(s.key));
        return QString();
    }
    for (QChar c : v) // control characters (Unicode's Cc: U+0000-001F and U+007F-009F), without a table lookup each
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return bad(tr("contains a control character"));
    if (codePoints(v) > s.maxLength)
        return bad(tr("is longer than %n character(s)", "", s.maxLength));

    switch (f) {
    case PersonField::CitizenId: {
        auto id = CitizenId::parse(v, today);
        if (!id)
            return bad(id.error().message);
        return id->value();
    }
    case PersonField::Name: {
        for (char32_t c : QStringView(v).toUcs4()) {
            if (QChar::isDigit(c))
                return bad(tr("a name may not contain digits"));
            if (!(QChar::isLetter(c) || c == U'·' || c == U'•' || QChar::category(c) == QChar::Mark_NonSpacing))
                return bad(tr("a name may contain Chinese characters, Latin letters and · only; found \"%1\"")
                               .arg(QString::fromUcs4(&c, 1)));
        }
        return v;
    }
    case PersonField::Sex:
        if (v == QStringLiteral("男") || v.compare(QStringLiteral("M"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("男");
        if (v == QStringLiteral("女") || v.compare(QStringLiteral("F"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("女");
        return bad(tr("sex must be 男 or 女 (or M/F), not \"%1\"").arg(v));
    case PersonField::BirthDate:
    case PersonField::MovedInDate: {
        const QDate d = parseDate(v);
        if (!d.isValid())
            return bad(tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(v));
        if (d > today)
            return bad(tr("the date %1 is in the future").arg(v));
        return v;
    }
    case PersonField::Ethnicity:
        if (!ethnicities().contains(v))
            return bad(tr("\"%1\" is not an officially recognised ethnic group name (e.g. 汉族)").arg(v));
        return v;
    case PersonField::District: {
        auto d = Districts::findCurrent(v);
        if (!d)
            return bad(tr("\"%1\" is not a current Guangzhou district code or name").arg(v));
        return d->code;
    }
    case PersonField::Relation:
        if (!relations().contains(v))
            return bad(tr("\"%1\" is not a known relation to the head of household (e.g. 户主, 配偶, 子, 女)").arg(v));
        return v;
    case PersonField::HukouNature:
        if (!hukouNatures().contains(v))
            return bad(tr("\"%1\" is not a hukou nature: use 农业, 非农业, 自理口粮, 蓝印 or 居民").arg(v));
        return v;
    case PersonField::FormerNature:
        if (!legacyNatures().contains(v))
            return bad(tr("\"%1\" is not a former hukou nature: use 农业, 非农业, 自理口粮 or 蓝印").arg(v));
        return v;
    case PersonField::MaritalStatus:
        if (!maritalStatuses().contains(v))
            return bad(tr("\"%1\" is not a marital status: use 未婚, 已婚, 离婚 or 丧偶").arg(v));
        return v;
    case PersonField::HouseholdNumber:
        for (QChar c : v)
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-')))
                return bad(tr("a household number may contain letters, digits and - only"));
        return v;
    case PersonField::Address:
    case PersonField::MovedInFrom:
    case PersonField::Education:
    case PersonField::Occupation:
    case PersonField::FormerNames:
    case PersonField::Birthplace:
    case PersonField::NativePlace:
    case PersonField::MilitaryService:
    case PersonField::Employer:
        return v;
    }
    return v;
}

Result<Person> PersonFields::build(const FieldValues& values, const QDate& today)
{
    Person p;
    for (const auto& s : all()) {
        auto n = normalize(s.field, values.get(s.field), today);
        if (!n)
            return std::unexpected(n.error());
        assign(p, s.field, *n);
    }
    // normalize() parsed the number (and gave its 18-character form): it holds sex and birth date.
    const CitizenId id = CitizenId::fromValid(p.citizenId);
    const QString idSex = id.sex() == Sex::Male ? QStringLiteral("男") : QStringLiteral("女");
    if (p.sex != idSex)
        return fail(ErrorCode::Invalid,
                    tr("sex %1 disagrees with the citizen ID, which is a %2's number").arg(p.sex, idSex),
                    spec(PersonField::Sex).key);
    if (p.birthDate != id.birthDate())
        return fail(ErrorCode::Invalid,
                    tr("birth date %1 disagrees with the citizen ID (%2)")
                        .arg(p.birthDate.toString(Qt::ISODate), id.birthDate().toString(Qt::ISODate)),
                    spec(PersonField::BirthDate).key);
    if (p.movedInDate.isValid() && p.movedInDate < p.birthDate)
        return fail(ErrorCode::Invalid, tr("moved in before being born"), spec(PersonField::MovedInDate).key);
    if (!p.formerNature.isEmpty() && p.hukouNature != residentNature())
        return fail(ErrorCode::Invalid, tr("a former nature is recorded only after conversion to 居民"),
                    spec(PersonField::FormerNature).key);
    return p;
}

FieldValues PersonFields::values(const Person& p)
{
    FieldValues v;
    for (const auto& s : all())
        v.set(s.field, value(p, s.field));
    return v;
}

QString PersonFields::value(const Person& p, PersonField f)
{
    switch (f) {
    case PersonField::CitizenId: return p.citizenId;
    case PersonField::Name: return p.name;
    case PersonField::Sex: return p.sex;
    case PersonField::BirthDate: return formatDate(p.birthDate);
    case PersonField::Ethnicity: return p.ethnicity;
    case PersonField::District: return p.district;
    case PersonField::Address: return p.address;
    case PersonField::HouseholdNumber: return p.householdNumber;
    case PersonField::Relation: return p.relation;
    case PersonField::HukouNature: return p.hukouNature;
    case PersonField::MovedInDate: return p.movedInDate.isValid() ? formatDate(p.movedInDate) : QString();
    case PersonField::MovedInFrom: return p.movedInFrom;
    case PersonField::Education: return p.education;
    case PersonField::MaritalStatus: return p.maritalStatus;
    case PersonField::Occupation: return p.occupation;
    case PersonField::FormerNature: return p.formerNature;
    case PersonField::FormerNames: return p.formerNames;
    case PersonField::Birthplace: return p.birthplace;
    case PersonField::NativePlace: return p.nativePlace;
    case PersonField::MilitaryService: return p.militaryService;
    case PersonField::Employer: return p.employer;
    }
    return {};
}

void PersonFields::assign(Person& p, PersonField f, const QString& v)
{
    switch (f) {
    case PersonField::CitizenId: p.citizenId = v; break;
    case PersonField::Name: p.name = v; break;
    case PersonField::Sex: p.sex = v; break;
    case PersonField::BirthDate: p.birthDate = parseDate(v); break;
    case PersonField::Ethnicity: p.ethnicity = v; break;
    case PersonField::District: p.district = v; break;
    case PersonField::Address: p.address = v; break;
    case PersonField::HouseholdNumber: p.householdNumber = v; break;
    case PersonField::Relation: p.relation = v; break;
    case PersonField::HukouNature: p.hukouNature = v; break;
    case PersonField::MovedInDate: p.movedInDate = parseDate(v); break;
    case PersonField::MovedInFrom: p.movedInFrom = v; break;
    case PersonField::Education: p.education = v; break;
    case PersonField::MaritalStatus: p.maritalStatus = v; break;
    case PersonField::Occupation: p.occupation = v; break;
    case PersonField::FormerNature: p.formerNature = v; break;
    case PersonField::FormerNames: p.formerNames = v; break;
    case PersonField::Birthplace: p.birthplace = v; break;
    case PersonField::NativePlace: p.nativePlace = v; break;
    case PersonField::MilitaryService: p.militaryService = v; break;
    case PersonField::Employer: p.employer = v; break;
    }
}

} // namespace hukou::core
