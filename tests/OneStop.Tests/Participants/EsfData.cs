using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace OneStop.Tests.Participants;

/// <summary>Valid identifiers and template files for the ESF tests.</summary>
public static class EsfData
{
    public const string Header = "external_id,last_name,first_name,father_name,birth_date,gender,amka,afm,entry_date,exit_date,labour_status,unemployed_months,isced,disability,third_country_national,foreign_background,minority,homeless,other_disadvantaged,rural,exit_situation,qualification_gained,situation_6m,improved_6m";

    private static int sequence = 100;

    /// <summary>A valid ΑΜΚΑ for the birth date, different on every call.</summary>
    public static string Amka(DateOnly born)
    {
        var body = born.ToString("ddMMyy", CultureInfo.InvariantCulture) + Interlocked.Increment(ref sequence).ToString("0000", CultureInfo.InvariantCulture);
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (OneStop.Web.Domain.Amka.Check(candidate) == OneStop.Web.Domain.AmkaCheck.Valid)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException();
    }

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(Header)) + "\n");

    public static byte[] Example() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Participants", "participants-example.csv"));

    public static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
