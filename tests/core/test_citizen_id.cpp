#include "core/domain/citizen_id.h"
#include "core/domain/districts.h"

#include <QTest>

using hukou::core::CitizenId;
using hukou::core::CitizenIdProblem;
using hukou::core::Districts;
using hukou::core::Sex;

class TestCitizenId final : public QObject
{
    Q_OBJECT
    const QDate m_today{2026, 11, 28};

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("beijing X") << "11010519491231002X" << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("lowercase x") << "34052419800101001x" << "34052419800101001X" << QDate(1980, 1, 1) << true;
        QTest::newRow("guangzhou") << "440106199001011235" << "440106199001011235" << QDate(1990, 1, 1) << true;
        QTest::newRow("15 digits") << "110105491231002" << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("spaces trimmed") << " 11010519491231002X " << "11010519491231002X" << QDate(1949, 12, 31)
                                        << false;
        QTest::newRow("retired district code") << "440102198001010013" << "440102198001010013" << QDate(1980, 1, 1)
                                               << true;
        QTest::newRow("leap day") << "440106200002290016" << "440106200002290016" << QDate(2000, 2, 29) << true;
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        auto id = CitizenId::parse(input, m_today);
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->value(), stored);
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(id->sex() == Sex::Male, male);
        QCOMPARE(id->upgradedFrom15(), input.trimmed().size() == 15);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("too short") << "1101051949" << int(CitizenIdProblem::WrongLength) << "has 10";
        QTest::newRow("too long") << "11010519491231002X1" << int(CitizenIdProblem::WrongLength) << "18";
        QTest::newRow("empty") << "" << int(CitizenIdProblem::WrongLength) << "18";
        QTest::newRow("letter inside") << "1101051949A231002X" << int(CitizenIdProblem::BadCharacters) << "digits";
        QTest::newRow("Y as check") << "11010519491231002Y" << int(CitizenIdProblem::BadCharacters) << "X";
        QTest::newRow("15 with X") << "11010549123100X" << int(CitizenIdProblem::BadCharacters) << "digits";
        QTest::newRow("fullwidth digit") << QStringLiteral("11010519491231002\uFF11")
                                         << int(CitizenIdProblem::BadCharacters) << "digits";
        QTest::newRow("province 99") << "99010519491231002X" << int(CitizenIdProblem::UnknownProvince) << "99";
        QTest::newRow("province 00") << "000105194912310028" << int(CitizenIdProblem::UnknownProvince) << "00";
        QTest::newRow("feb 30") << "440106199002300011" << int(CitizenIdProblem::ImpossibleBirthDate) << "19900230";
        QTest::newRow("month 13") << "440106199013010011" << int(CitizenIdProblem::ImpossibleBirthDate) << "19901301";
        QTest::newRow("feb 29 non-leap") << "440106190002290011" << int(CitizenIdProblem::ImpossibleBirthDate)
                                         << "19000229";
        QTest::newRow("future") << "440106203001010011" << int(CitizenIdProblem::BirthDateOutOfRange) << "future";
        QTest::newRow("before 1900") << "440524188001010014" << int(CitizenIdProblem::BirthDateOutOfRange) << "1900";
        QTest::newRow("sequence 000") << "440106199001010002" << int(CitizenIdProblem::ZeroSequence) << "000";
        QTest::newRow("wrong check") << "110105194912310021" << int(CitizenIdProblem::WrongCheckCharacter)
                                     << "expected X";
        QTest::newRow("wrong check digit") << "440106199001011236" << int(CitizenIdProblem::WrongCheckCharacter)
                                           << "expected 5";
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        QFETCH(QString, messagePart);
        auto id = CitizenId::parse(input, m_today);
        QVERIFY(!id.has_value());
        QCOMPARE(int(id.error().problem), problem);
        QVERIFY2(id.error().message.contains(messagePart), qPrintable(id.error().message));
    }

    void eachProblemHasItsOwnMessage()
    {
        const QStringList inputs = {"123", "1101051949A231002X", "99010519491231002X", "440106199002300011",
                                    "440106203001010011", "440106199001010002", "110105194912310021"};
        QSet<QString> messages;
        for (const QString& s : inputs)
            messages.insert(CitizenId::parse(s, m_today).error().message);
        QCOMPARE(messages.size(), inputs.size());
    }

    void checkCharacterTable()
    {
        // Every remainder maps to its own check character (ISO 7064 MOD 11-2).
        QCOMPARE(CitizenId::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(CitizenId::checkCharacter(u"44010619900101123"), QLatin1Char('5'));
        QCOMPARE(CitizenId::checkCharacter(u"34052419800101001"), QLatin1Char('X'));
    }

    void masked()
    {
        QCOMPARE(CitizenId::parse(QStringLiteral("440106199001011235"), m_today)->masked(),
                 QStringLiteral("440106********1235"));
    }

    void districts()
    {
        QCOMPARE(Districts::findCurrent(QStringLiteral("440106"))->name, QStringLiteral("天河区"));
        QCOMPARE(Districts::findCurrent(QStringLiteral("天河区"))->code, QStringLiteral("440106"));
        QVERIFY(!Districts::findCurrent(QStringLiteral("440102")).has_value()); // 东山区 is retired
        QCOMPARE(Districts::byCode(QStringLiteral("440102"))->mergedInto, QStringLiteral("440104"));
        int current = 0;
        for (const auto& d : Districts::all())
            current += d.current ? 1 : 0;
        QCOMPARE(current, 11);
    }
};

QTEST_GUILESS_MAIN(TestCitizenId)
#include "test_citizen_id.moc"
