#include "demo_generator.h"

#include "../domain/citizen_id.h"
#include "../domain/districts.h"
#include "../io/csv.h"
#include "person_fields.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <random>
#include <vector>

namespace hukou::core {

namespace {

const QStringList& surnames()
{
    static const QStringList l = QStringLiteral(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 "
        "于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 "
        "尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司徒 上官 诸葛")
                                    .split(QLatin1Char(' '));
    return l;
}

const QString& givenChars()
{
    static const QString s = QStringLiteral(
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕彬鹏辉浩宇轩梓涵子欣怡俊博文嘉琪思雨晨阳"
        "志国建荣德海波宁健婷雪梅琳瑶颖慧佳峰斌龙飞鑫晓东杰凯睿泽昊然诗语妍菲悦瑞安乐康永春秋冬云");
    return s;
}

struct Streets
{
    const char* district;
    QStringList names;
};

const std::vector<Streets>& streets()
{
    static const std::vector<Streets> s = {
        {"440103", QStringLiteral("沙面 岭南 华林 多宝 昌华 逢源 龙津 金花 彩虹 南源 西村 站前 桥中 白鹤洞 冲口").split(QLatin1Char(' '))},
        {"440104", QStringLiteral("洪桥 北京 六榕 流花 光塔 人民 东山 农林 梅花村 黄花岗 华乐 建设 大塘 珠光 大东 白云 登峰 矿泉").split(QLatin1Char(' '))},
        {"440105", QStringLiteral("赤岗 新港 昌岗 江南中 滨江 素社 海幢 南华西 龙凤 沙园 南石头 凤阳 瑞宝 江海 琶洲 官洲 华洲 南洲").split(QLatin1Char(' '))},
        {"440106", QStringLiteral("五山 员村 车陂 石牌 天河南 林和 沙河 兴华 棠下 天园 冼村 猎德 元岗 黄村 龙洞 长兴 凤凰 前进 珠吉 新塘 沙东").split(QLatin1Char(' '))},
        {"440111", QStringLiteral("三元里 松洲 景泰 同德 黄石 棠景 新市 同和 京溪 永平 嘉禾 均禾 石井 金沙 云城 鹤龙 白云湖 石门").split(QLatin1Char(' '))},
        {"440112", QStringLiteral("黄埔 红山 鱼珠 大沙 文冲 穗东 南岗 长洲 夏港 萝岗 联和 永和 龙湖 云埔 长岭").split(QLatin1Char(' '))},
        {"440113", QStringLiteral("市桥 沙头 东环 桥南 小谷围 大石 洛浦 石壁 钟村 大龙 南村 新造 化龙 石楼").split(QLatin1Char(' '))},
        {"440114", QStringLiteral("新华 新雅 秀全 花城 狮岭 梯面 花山 花东 炭步 赤坭").split(QLatin1Char(' '))},
        {"440115", QStringLiteral("南沙 珠江 龙穴 万顷沙 横沥 黄阁 东涌 大岗 榄核").split(QLatin1Char(' '))},
        {"440117", QStringLiteral("街口 江埔 城郊 温泉 良口 吕田 太平 鳌头 鳌头 良口").split(QLatin1Char(' '))},
        {"440118", QStringLiteral("荔城 增江 朱村 永宁 荔湖 宁西 新塘 石滩 中新 正果 派潭 小楼 仙村").split(QLatin1Char(' '))},
    };
    return s;
}

const QStringList& roads()
{
    static const QStringList l = QStringLiteral(
        "中山大道 天河路 黄埔大道 环市东路 解放北路 东风中路 广州大道 工业大道 江南大道 人民南路 花城大道 "
        "体育东路 林和西路 员村二横路 龙口西路 石牌东路 新港西路 昌岗中路 宝岗大道 康乐路 同和路 机场路 "
        "白云大道 迎宾路 金沙洲路 科学大道 开创大道 市桥路 富华路 新华路 凤凰路")
                                    .split(QLatin1Char(' '));
    return l;
}

// Address codes for migrants' ID numbers (other provinces), besides Guangzhou's own (and retired) codes.
const QStringList& otherBirthCodes()
{
    static const QStringList l = {QStringLiteral("430102"), QStringLiteral("430421"), QStringLiteral("360102"),
                                  QStringLiteral("450102"), QStringLiteral("441302"), QStringLiteral("440582"),
                                  QStringLiteral("445102"), QStringLiteral("441502"), QStringLiteral("510107"),
                                  QStringLiteral("420106"), QStringLiteral("350102"), QStringLiteral("440102"),
                                  QStringLiteral("440107"), QStringLiteral("440116"), QStringLiteral("440183")};
    return l;
}

} // namespace

QByteArray DemoGenerator::personsCsv(qint64 persons, qint64 firstHousehold) const
{
    std::mt19937_64 rng(m_seed);
    const auto pick = [&](qsizetype n) { return static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(n)); };
    const auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
    QSet<QString> used;
    QByteArray out;
    out.reserve(persons * 160);
    QStringList header;
    for (PersonField f : PersonFields::fileColumns())
        if (f != PersonField::FormerNature)
            header << PersonFields::spec(f).key;
    CsvWriter::append(out, header);

    const auto makeId = [&](const QString& area, const QDate& birth, bool male) {
        for (;;) {
            int seqNo = static_cast<int>(rng() % 500) * 2 + (male ? 1 : 2);
            if (seqNo >= 1000)
                seqNo -= 2;
            const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(seqNo, 3, 10, QLatin1Char('0'));
            const QString id = first17 + CitizenId::checkCharacter(first17);
            if (!used.contains(id)) {
                used.insert(id);
                return id;
            }
        }
    };
    const auto makeName = [&](const QString& surname, bool /*male*/) {
        const QString& g = givenChars();
        QString name = surname;
        const int len = chance(70) ? 2 : 1;
        for (int i = 0; i < len; ++i)
            name += g[pick(g.size())];
        return name;
    };
    const auto birthBetween = [&](int minAge, int maxAge) {
        const int days = minAge * 365 + static_cast<int>(rng() % static_cast<std::uint64_t>((maxAge - minAge) * 365 + 1));
        return m_today.addDays(-days);
    };

    const auto& dists = streets();
    qint64 written = 0;
    qint64 householdNo = firstHousehold - 1;
    while (written < persons) {
        const Streets& d = dists[static_cast<std::size_t>(pick(static_cast<qsizetype>(dists.size())))];
        const QString district = QString::fromLatin1(d.district);
        const QString address = QStringLiteral("广州市%1%2街道%3%4号%5房")
                                    .arg(Districts::byCode(district)->name, d.names[pick(d.names.size())],
                                         roads()[pick(roads().size())])
                                    .arg(1 + pick(400))
                                    .arg(101 + pick(30) * 100 + pick(8));
        const QString hh = district + QStringLiteral("%1").arg(++householdNo, 7, 10, QLatin1Char('0'));
        const int r = static_cast<int>(rng() % 100);
        int size = r < 20 ? 1 : r < 45 ? 2 : r < 72 ? 3 : r < 90 ? 4 : r < 97 ? 5 : 6;
        size = static_cast<int>(std::min<qint64>(size, persons - written));
        const QString nature = [&] {
            const int n = static_cast<int>(rng() % 100);
            return n < 48 ? QStringLiteral("非农业") : n < 83 ? QStringLiteral("农业") : n < 94 ? QStringLiteral("居民")
                   : n < 97 ? QStringLiteral("自理口粮") : QStringLiteral("蓝印");
        }();
        const bool local = chance(70);
        const QString area = local ? district : otherBirthCodes()[pick(otherBirthCodes().size())];
        const QString surname = surnames()[pick(surnames().size())];
        const QString ethnicity = chance(95) ? QStringLiteral("汉族") : PersonFields::ethnicities()[pick(56)];
        const QDate headBirth = birthBetween(size > 2 ? 30 : 20, 80);
        const bool headMale = chance(70);
        const auto row = [&](const QString& name, bool male, const QDate& birth, const QString& relation,
                             const QString& marital) {
            QStringList f;
            const QString id = makeId(chance(85) ? area : district, birth, male);
            const bool movedIn = !local && chance(60);
            const int age = birth.daysTo(m_today) / 365;
            const QStringList education = {QStringLiteral("小学"), QStringLiteral("初中"), QStringLiteral("高中"),
                                           QStringLiteral("中专"), QStringLiteral("大学专科"), QStringLiteral("大学本科"),
                                           QStringLiteral("研究生")};
            const QStringList jobs = {QStringLiteral("职员"), QStringLiteral("工人"), QStringLiteral("教师"),
                                      QStringLiteral("医生"), QStringLiteral("个体经营"), QStringLiteral("司机"),
                                      QStringLiteral("工程师"), QStringLiteral("退休"), QStringLiteral("学生")};
            f << id << name << (male ? QStringLiteral("男") : QStringLiteral("女")) << birth.toString(Qt::ISODate)
              << ethnicity << district << address << hh << relation << nature
              << (movedIn ? m_today.addDays(-pick(std::max(1, age * 365 - 6000) + 1)).toString(Qt::ISODate)
                          : QString())
              << (movedIn ? QStringLiteral("湖南省长沙市") : QString())
              << (age >= 7 ? education[pick(age >= 22 ? 7 : 3)] : QString()) << marital
              << (age >= 18 ? jobs[pick(jobs.size())] : QStringLiteral("学生"));
            // movedIn dates must not precede the birth date
            if (movedIn && QDate::fromString(f[10], Qt::ISODate) < birth)
                f[10] = birth.toString(Qt::ISODate);
            CsvWriter::append(out, f);
            ++written;
        };
        const bool married = size > 1 && chance(85);
        row(makeName(surname, headMale), headMale, headBirth, QStringLiteral("户主"),
            married ? QStringLiteral("已婚") : (chance(80) ? QStringLiteral("未婚") : QStringLiteral("离婚")));
        int members = 1;
        if (married && members < size) {
            const QDate b = headBirth.addDays(static_cast<int>(rng() % 2000) - 1000);
            row(makeName(surnames()[pick(surnames().size())], !headMale), !headMale, b > m_today ? m_today : b,
                QStringLiteral("配偶"), QStringLiteral("已婚"));
            ++members;
        }
        while (members < size) {
            const int headAge = headBirth.daysTo(m_today) / 365;
            if (headAge > 45 || chance(75)) {
                const bool male = chance(50);
                const int parentAgeAtBirth = 20 + static_cast<int>(rng() % 18);
                QDate b = headBirth.addDays(parentAgeAtBirth * 365 + pick(365));
                if (b >= m_today)
                    b = m_today.addDays(-1 - pick(365));
                if (b < headBirth)
                    b = headBirth.addDays(365);
                row(makeName(surname, male), male, b, male ? QStringLiteral("子") : QStringLiteral("女"),
                    b.daysTo(m_today) / 365 > 25 && chance(50) ? QStringLiteral("已婚") : QStringLiteral("未婚"));
            } else {
                const bool male = chance(50);
                const QDate b = headBirth.addDays(-(22 + pick(15)) * 365 - pick(365));
                row(makeName(male ? surname : surnames()[pick(surnames().size())], male), male, b,
                    male ? QStringLiteral("父亲") : QStringLiteral("母亲"), QStringLiteral("已婚"));
            }
            ++members;
        }
    }
    return out;
}

QByteArray DemoGenerator::applicationJson(int index) const
{
    std::mt19937_64 rng(m_seed * 1000003ULL + static_cast<std::uint64_t>(index));
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
    const bool male = pick(2) == 0;
    const QDate birth = QDate(1979, 1, 1).addDays(pick(20 * 365));
    const QString area = otherBirthCodes()[pick(8)]; // other provinces: not registered here
    int seqNo = pick(500) * 2 + (male ? 1 : 2);
    if (seqNo >= 1000)
        seqNo -= 2;
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seqNo, 3, 10, QLatin1Char('0'));
    const QString id = first17 + CitizenId::checkCharacter(first17);
    const QString& g = givenChars();
    const QString name = surnames()[pick(60)] + g[pick(static_cast<int>(g.size()))] + g[pick(static_cast<int>(g.size()))];
    const QStringList education = {QStringLiteral("junior_high"), QStringLiteral("high_school"),
                                   QStringLiteral("associate"), QStringLiteral("bachelor")};
    const QStringList technical = {QStringLiteral("none"), QStringLiteral("intermediate_worker"),
                                   QStringLiteral("junior_title"), QStringLiteral("senior_worker"),
                                   QStringLiteral("intermediate_title")};
    const int insured = 40 + pick(100);
    const bool owns = pick(3) == 0;
    QJsonObject volunteer;
    for (int y = 2019; y <= 2023; ++y)
        volunteer.insert(QString::number(y), QJsonValue(QList<int>{0, 49, 50, 120, 300}[pick(5)]));
    const QJsonObject facts{
        {QStringLiteral("residence_permit_in_guangzhou"), true},
        {QStringLiteral("residence_permit_months"), 24 + pick(120)},
        {QStringLiteral("employed"), pick(20) != 0},
        {QStringLiteral("owns_home"), owns},
        {QStringLiteral("rented_months"), owns ? 0 : pick(96)},
        {QStringLiteral("moved_out_core_months"), pick(4) == 0 ? pick(80) : 0},
        {QStringLiteral("pension_months"), insured},
        {QStringLiteral("medical_months"), insured + pick(12)},
        {QStringLiteral("unemployment_months"), insured - pick(6)},
        {QStringLiteral("injury_months"), insured},
        {QStringLiteral("maternity_months"), insured - pick(3)},
        {QStringLiteral("provident_fund_months"), pick(96)},
        {QStringLiteral("education"), education[pick(4)]},
        {QStringLiteral("technical_level"), technical[pick(5)]},
        {QStringLiteral("works_in_certified_occupation"), pick(3) == 0},
        {QStringLiteral("catalogue_occupation"), pick(5) == 0},
        {QStringLiteral("blood_donations"), pick(6)},
        {QStringLiteral("volunteer_hours_by_year"), volunteer},
        {QStringLiteral("tax_paid_3y_yuan"), 0},
        {QStringLiteral("bad_credit_records"), pick(12) == 0 ? 1 : 0},
        {QStringLiteral("tax_evasion_records"), 0},
        {QStringLiteral("public_security_penalties"), pick(15) == 0 ? 1 : 0},
        {QStringLiteral("criminal_punishment_within_5_years"), false},
        {QStringLiteral("family_planning_compliant"), true},
    };
    const QJsonObject app{
        {QStringLiteral("rule_set"), QStringLiteral("gz-2023")},
        {QStringLiteral("district"), QString::fromLatin1(streets()[static_cast<std::size_t>(pick(11))].district)},
        {QStringLiteral("submitted_on"), QStringLiteral("2024-10-0%1").arg(1 + pick(7))},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("citizen_id"), id},
                                                   {QStringLiteral("name"), name},
                                                   {QStringLiteral("phone"), QStringLiteral("138%1").arg(pick(100000000), 8, 10, QLatin1Char('0'))}}},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("evidence"), QJsonArray{}},
        {QStringLiteral("moving_with"), QJsonArray{}},
    };
    return QJsonDocument(app).toJson(QJsonDocument::Compact);
}

} // namespace hukou::core
