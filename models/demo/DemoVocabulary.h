#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sb::demo {

// The word lists the demo workspace is assembled from. Everything is converted to QString
// once, so generating a million rows copies (reference-counted) strings instead of
// decoding UTF-8 again and again.

// One term in Chinese and in English (or its pinyin, for e-mail addresses and domains).
struct Word {
    QString cn;
    QString en;
};

struct City {
    Word name;             // 苏州 / Suzhou
    Word province;         // 江苏 / Jiangsu (a state or land abroad)
    Word country;          // 中国 / China
    int region = -1;       // index into Vocabulary::regions; -1 abroad
    QString officePattern; // '#' is a random digit, '@' one from 2 to 8
    QString mobilePattern; // empty: Chinese mobile numbers
    QString postalPattern;
    QString street;        // abroad: the street all addresses of the city are on
    QString companySuffix; // abroad: Inc., GmbH ...
    QString domainSuffix;  // .com.cn, .de ...
};

struct Industry {
    QString fragment;   // what goes into a Chinese company name: 精密机械
    Word label;         // the industry column: 机械制造 / Machinery
    QString word;       // what goes into an English company name: Precision
    QString domainTag;  // mech
};

struct ProductFamily {
    QString prefix;     // product code prefix
    QString name;       // 交流伺服电机 AC Servo Motor
    QString category;
    QString unit;
    QStringList specs;  // each product of the family takes one
    int priceMin = 0;   // list price range in yuan
    int priceMax = 0;
    int qtyMin = 1;     // a typical order line
    int qtyMax = 10;
};

struct Carrier {
    QString name;
    QString trackingPattern;
    bool abroad = false;
};

struct TicketTopic {
    Word subject;
    Word detail;
    QString queue;
};

enum ActivityKind { Visit, Call, Meeting, Task, Note, Email, ActivityKindCount };

struct Vocabulary {
    std::vector<Word> regions;        // 华东 / East China ...
    std::vector<int> regionWeights;
    Word overseasRegion;
    std::vector<City> cities;         // Chinese cities
    std::vector<City> abroad;
    std::vector<Word> brandChars;     // 恒 / heng: two of them make a company's short name
    QStringList famousBrands;         // pairs that would name a real, well-known company
    std::vector<Industry> industries;
    QStringList cnSuffixes;           // repeated entries weight the choice
    QStringList enHeads, enTails;     // North + wind
    std::vector<Word> surnames, givenNames;
    QStringList enFirstNames, enLastNames;
    QStringList freeMailDomains;      // 163.com, qq.com ...
    std::vector<Word> buyerTitles, otherTitles;
    std::vector<Word> roads, zones;
    std::vector<Word> tags;
    std::vector<Word> customerNotes;
    std::vector<Word> contactNotes;
    std::vector<Word> projects;
    std::vector<Word> lostReasons;
    std::vector<Word> stageNames;     // parallel to vocab::stages()
    std::vector<Word> activitySubjects[ActivityKindCount];
    std::vector<Word> activityBodies;
    std::vector<TicketTopic> ticketTopics;
    std::vector<Word> ticketReplies, ticketComments;
    std::vector<Word> approvalYes, approvalNo;
    Word withdrawnComment;
    std::vector<Word> otherApprovals;  // approvals with no quote or order behind them
    std::vector<ProductFamily> products;
    std::vector<Carrier> carriers;
    QStringList mobilePrefixes;        // 138, 139 ...
    QStringList reps;                  // the sales team (the current user replaces the first)
    QStringList managers;              // approval chain: sales director, finance, general manager
    QStringList supportStaff;
};

const Vocabulary &vocabulary();

} // namespace sb::demo
