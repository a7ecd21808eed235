using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Tests.Reports;

/// <summary>Every counting rule of docs/INDICATORS.md on hand-made participants, at each boundary.</summary>
public sealed class EsfRulesTests
{
    private static readonly DateOnly Entry = new(2024, 6, 15);

    /// <summary>A complete participant: female, the given age on the entry date, unemployed 1 month, ISCED 3.</summary>
    private static EsfRow Person(int age = 40, LabourStatus? status = LabourStatus.Unemployed, int? months = 1, int? isced = 3, Gender? gender = Gender.Female,
        YesNoRefused? disability = null, YesNoRefused? foreign = null, YesNoRefused? minority = null, YesNoRefused? homeless = null, YesNoRefused? other = null,
        bool? thirdCountry = null, bool? rural = null, ExitSituation? exit = null, bool? qualification = null, SituationAfterSixMonths? sixMonths = null, bool? improved = null) => new()
    {
        Gender = gender, EntryDate = Entry, BirthDate = Entry.AddYears(-age), Age = age, LabourStatus = status, UnemployedMonths = months, Isced = isced,
        Disability = disability, ForeignBackground = foreign, Minority = minority, Homeless = homeless, OtherDisadvantaged = other,
        ThirdCountryNational = thirdCountry, Rural = rural, ExitDate = exit is null && qualification is null && sixMonths is null && improved is null ? null : Entry.AddMonths(3),
        ExitSituation = exit, QualificationGained = qualification, Situation6m = sixMonths, Improved6m = improved,
    };

    private static string[] Codes(EsfFramework framework, EsfRow row) => [.. EsfRules.For(framework).Where(i => i.Counts(row)).Select(i => i.Code)];

    private static bool Counts(string code, EsfRow row) =>
        EsfRules.Esf2014.Concat(EsfRules.Esf2021).Single(i => i.Code == code).Counts(row);

    [Fact]
    public void Age_FullYearsOnTheEntryDate_BirthdayCountsFromItsDayAndLeapDayBirthdaysFromFirstOfMarch()
    {
        Assert.Equal(17, EsfRules.Age(new(2006, 6, 16), Entry));
        Assert.Equal(18, EsfRules.Age(new(2006, 6, 15), Entry));
        Assert.Equal(54, EsfRules.Age(new(1969, 6, 16), Entry));
        Assert.Equal(55, EsfRules.Age(new(1969, 6, 15), Entry));
        Assert.Equal(24, EsfRules.Age(new(1975, 3, 1), new(2000, 2, 29)));
        Assert.Equal(24, EsfRules.Age(new(1976, 2, 29), new(2001, 2, 28)));
        Assert.Equal(25, EsfRules.Age(new(1976, 2, 29), new(2001, 3, 1)));
    }

    [Fact]
    public void AgeBands_BothFrameworks_BoundariesAt18_25_30_55()
    {
        Assert.True(Counts("EECO06", Person(age: 17)));
        Assert.False(Counts("EECO06", Person(age: 18)));
        Assert.False(Counts("EECO07", Person(age: 17)));
        Assert.True(Counts("EECO07", Person(age: 18)));
        Assert.True(Counts("EECO07", Person(age: 29)));
        Assert.False(Counts("EECO07", Person(age: 30)));
        Assert.True(Counts("CO06", Person(age: 24)));
        Assert.False(Counts("CO06", Person(age: 25)));
        Assert.False(Counts("CO07", Person(age: 54)));
        Assert.True(Counts("CO07", Person(age: 55)));
        Assert.False(Counts("EECO08", Person(age: 54)));
        Assert.True(Counts("EECO08", Person(age: 55)));

        // CO08: over 54 and unemployed or inactive not in education; employed or in education is not.
        Assert.True(Counts("CO08", Person(age: 55, status: LabourStatus.Inactive)));
        Assert.True(Counts("CO08", Person(age: 55, status: LabourStatus.Unemployed)));
        Assert.False(Counts("CO08", Person(age: 55, status: LabourStatus.InactiveInEducation)));
        Assert.False(Counts("CO08", Person(age: 54, status: LabourStatus.Inactive)));
    }

    [Fact]
    public void LongTermUnemployed_MoreThan6MonthsUnder25_MoreThan12From25_EmptyIsNot()
    {
        foreach (var code in new[] { "CO02", "EECO03" })
        {
            Assert.False(Counts(code, Person(age: 24, months: 6)));
            Assert.True(Counts(code, Person(age: 24, months: 7)));
            Assert.False(Counts(code, Person(age: 25, months: 7)));
            Assert.False(Counts(code, Person(age: 25, months: 12)));
            Assert.True(Counts(code, Person(age: 25, months: 13)));
            Assert.False(Counts(code, Person(age: 40, months: null)));
            Assert.False(Counts(code, Person(age: 40, months: 30, status: LabourStatus.Inactive)));
        }

        Assert.True(Counts("CO01", Person(age: 24, months: 7)));
        Assert.True(Counts("EECO02", Person(months: null)));
    }

    [Fact]
    public void LabourStatusAndIsced_EachFramework_Isced0OnlyIn2021()
    {
        Assert.Equal(["CO03", "CO10", "TOTAL"], Codes(EsfFramework.Esf2014, Person(status: LabourStatus.InactiveInEducation)));
        Assert.Equal(["CO03", "CO04", "CO10", "TOTAL"], Codes(EsfFramework.Esf2014, Person(status: LabourStatus.Inactive)));
        Assert.Equal(["CO05", "CO09", "TOTAL"], Codes(EsfFramework.Esf2014, Person(status: LabourStatus.Employed, isced: 2)));
        Assert.Equal(["CO01", "TOTAL"], Codes(EsfFramework.Esf2014, Person(isced: 0)));
        Assert.Equal(["EECO01", "EECO02", "EECO09"], Codes(EsfFramework.Esf2021, Person(isced: 0)));
        Assert.Equal(["EECO01", "EECO04", "EECO10"], Codes(EsfFramework.Esf2021, Person(status: LabourStatus.InactiveInEducation)));
        Assert.True(Counts("CO09", Person(isced: 1)));
        Assert.True(Counts("CO10", Person(isced: 4)));
        Assert.True(Counts("CO11", Person(isced: 5)));
        Assert.True(Counts("EECO11", Person(isced: 8)));
    }

    [Fact]
    public void SensitiveFields_OnlyYesCounts_RefusedAndEmptyNever()
    {
        foreach (var refused in new YesNoRefused?[] { YesNoRefused.Refused, YesNoRefused.No, null })
        {
            var row = Person(disability: refused, foreign: refused, minority: refused, homeless: refused, other: refused, exit: ExitSituation.Employed, sixMonths: SituationAfterSixMonths.Employed);
            Assert.Equal(["CO01", "CO10", "TOTAL", "CR04", "CR06"], Codes(EsfFramework.Esf2014, row));
            Assert.Equal(["EECO01", "EECO02", "EECO10", "EECR04", "EECR05"], Codes(EsfFramework.Esf2021, row));
        }

        Assert.Equal(["CO01", "CO10", "CO15", "TOTAL"], Codes(EsfFramework.Esf2014, Person(thirdCountry: true)));
        Assert.Equal(["CO01", "CO10", "CO15", "TOTAL"], Codes(EsfFramework.Esf2014, Person(minority: YesNoRefused.Yes)));
        Assert.Equal(["CO01", "CO10", "CO16", "CO17", "CO18", "CO19", "TOTAL"],
            Codes(EsfFramework.Esf2014, Person(disability: YesNoRefused.Yes, other: YesNoRefused.Yes, homeless: YesNoRefused.Yes, rural: true)));
        Assert.Equal(["EECO01", "EECO02", "EECO10", "EECO12", "EECO13", "EECO14", "EECO15", "EECO16", "EECO17"],
            Codes(EsfFramework.Esf2021, Person(disability: YesNoRefused.Yes, thirdCountry: true, foreign: YesNoRefused.Yes, minority: YesNoRefused.Yes, homeless: YesNoRefused.Yes, rural: true)));
        Assert.False(Counts("CO19", Person(rural: false)));
    }

    [Fact]
    public void Results_ExitSituationQualificationAndSixMonths_DisadvantagedAndOver54()
    {
        Assert.True(Counts("CR01", Person(status: LabourStatus.Inactive, exit: ExitSituation.JobSearching)));
        Assert.True(Counts("CR01", Person(status: LabourStatus.InactiveInEducation, exit: ExitSituation.JobSearching)));
        Assert.False(Counts("CR01", Person(status: LabourStatus.Unemployed, exit: ExitSituation.JobSearching)));
        Assert.True(Counts("EECR01", Person(status: LabourStatus.Unemployed, exit: ExitSituation.JobSearching)));
        Assert.True(Counts("CR02", Person(exit: ExitSituation.EducationTraining)));
        Assert.True(Counts("EECR03", Person(qualification: true)));
        Assert.False(Counts("CR03", Person(qualification: false)));
        Assert.False(Counts("CR04", Person(exit: ExitSituation.Unknown)));

        // CR05: disadvantaged and a positive exit (any of the four); not disadvantaged, or an inactive exit, is not.
        var disadvantaged = Person(homeless: YesNoRefused.Yes, exit: ExitSituation.Inactive, qualification: true);
        Assert.True(Counts("CR05", disadvantaged));
        Assert.False(Counts("CR05", Person(homeless: YesNoRefused.Yes, exit: ExitSituation.Inactive)));
        Assert.False(Counts("CR05", Person(homeless: YesNoRefused.Refused, exit: ExitSituation.Employed)));
        Assert.True(Counts("CR05", Person(thirdCountry: true, exit: ExitSituation.JobSearching)));

        Assert.True(Counts("CR07", Person(improved: true)));
        Assert.True(Counts("EECR06", Person(improved: true)));
        Assert.False(Counts("CR08", Person(age: 54, sixMonths: SituationAfterSixMonths.Employed)));
        Assert.True(Counts("CR08", Person(age: 55, sixMonths: SituationAfterSixMonths.Employed)));
        Assert.True(Counts("CR09", Person(disability: YesNoRefused.Yes, sixMonths: SituationAfterSixMonths.Employed)));
        Assert.False(Counts("CR09", Person(disability: YesNoRefused.Yes, sixMonths: SituationAfterSixMonths.Unemployed)));
    }

    [Fact]
    public void Incomplete_2014CountsNowhere_2021OnlyInEECO01()
    {
        EsfRow[] incomplete =
        [
            Person(gender: null, exit: ExitSituation.Employed), Person(status: null), Person(isced: null),
            new() { Gender = Gender.Male, EntryDate = Entry, LabourStatus = LabourStatus.Unemployed, Isced = 3, ExitSituation = ExitSituation.Employed },
        ];
        foreach (var row in incomplete)
        {
            Assert.Empty(Codes(EsfFramework.Esf2014, row));
            Assert.Equal(["EECO01"], Codes(EsfFramework.Esf2021, row));
        }
    }

    [Fact]
    public void Frameworks_ListEveryCodeOnce()
    {
        Assert.Equal(26, EsfRules.Esf2014.Select(i => i.Code).Distinct().Count());
        Assert.Equal(23, EsfRules.Esf2021.Select(i => i.Code).Distinct().Count());
    }
}
