#include "household_certificate.h"

#include "core/domain/districts.h"
#include "core/registry/person_fields.h"

namespace hukou::reports {

namespace {

QString cnDate(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString natureText(const QString& nature)
{
    const QString text = core::PersonFields::natureText(nature);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

QString HouseholdCertificate::issuingOffice() const
{
    const auto d = core::Districts::byCode(m_person.district);
    return QStringLiteral("广州市公安局") + (d ? d->name : QString()) + QStringLiteral("分局");
}

PdfDocument HouseholdCertificate::document() const
{
    const core::Person& p = m_person;
    const auto d = core::Districts::byCode(p.district);
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th width=\"30%\" align=\"left\">%1</th><td>%2</td></tr>").arg(PdfDocument::esc(label),
                                                                                PdfDocument::esc(value));
    };
    QString body = QStringLiteral("<h1>户籍证明</h1>");
    body += QStringLiteral("<p>%1</p>").arg(PdfDocument::esc(
        tr("This certifies that the person below is registered with permanent residence in Guangzhou as follows.")));
    body += QStringLiteral("<table width=\"100%\">");
    body += row(tr("Name (姓名)"), p.name);
    body += row(tr("Citizen ID (公民身份号码)"), p.citizenId);
    body += row(tr("Sex (性别)"), p.sex);
    body += row(tr("Birth date (出生日期)"), cnDate(p.birthDate));
    body += row(tr("Ethnicity (民族)"), p.ethnicity);
    // Addresses are stored whole (广州市天河区…); a bare street address gets its district in front.
    const QString districtName = d ? d->name : QString();
    body += row(tr("Address (住址)"), p.address.contains(districtName) ? p.address : districtName + p.address);
    body += row(tr("Household number (户号)"), p.householdNumber);
    body += row(tr("Relation to head (与户主关系)"), p.relation);
    body += row(tr("Hukou nature (户口性质)"), natureText(p.hukouNature));
    if (!p.formerNature.isEmpty())
        body += row(tr("Former hukou nature (原户口性质)"), natureText(p.formerNature));
    body += row(tr("Status (状态)"), core::statusLabel(p.status));
    body += QStringLiteral("</table>");
    if (!p.formerNature.isEmpty())
        body += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(PdfDocument::esc(tr("Converted under the unified resident-household registration "
                                             "(穗府〔2016〕3号); the former nature is kept on the record.")));
    body += QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1<br>%2</p>")
                .arg(PdfDocument::esc(tr("Issuing office: %1").arg(issuingOffice())),
                     PdfDocument::esc(tr("Date of issue: %1").arg(cnDate(m_issued))));
    PdfDocument doc(QStringLiteral("户籍证明 ") + p.name);
    doc.setHtmlBody(body);
    return doc;
}

} // namespace hukou::reports
