namespace OneStop.Web.Domain;

/// <summary>
/// ΑΦΜ (tax number): 9 digits, an 8-digit one left-padded with 0, an EL/GR prefix stripped;
/// check digit = (Σ d_i·2^(8−i), i = 0..7) mod 11 mod 10; all zeros is invalid.
/// </summary>
public static class Afm
{
    /// <summary>The canonical 9-digit form, or null when the text cannot be an ΑΦΜ at all.</summary>
    public static string? Normalize(string? value)
    {
        var text = new string((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '.').ToArray()).ToUpperInvariant();
        if (text.StartsWith("EL", StringComparison.Ordinal) || text.StartsWith("GR", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length == 8)
        {
            text = "0" + text;
        }

        return text.Length == 9 && text.All(char.IsAsciiDigit) ? text : null;
    }

    public static bool IsValid(string? value)
    {
        var afm = Normalize(value);
        if (afm is null || afm.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (afm[i] - '0') << (8 - i);
        }

        return sum % 11 % 10 == afm[8] - '0';
    }
}
