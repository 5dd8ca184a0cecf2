using DevDb.Graph;

namespace DevDb.Masking;

/// <summary>
/// The masker DevDb suggests for a kind of personal data in one column, written as devdb.yml takes it.
/// It always fits the column: its type (an inet gets ip, an array each element masked, JSON masked in
/// place, bytea a hash or nothing), NOT NULL (never null), a unique index (never one constant) and a
/// CHECK constraint (numbers keep their format: digits).
/// </summary>
public static class MaskSuggestion
{
    public static string For(PersonalKind kind, LocalTable table, string column)
    {
        var type = table.ColumnTypeOf(column);
        var notNull = table.NotNullColumns.Contains(column);
        var unique = table.IsUnique(column);
        var checkedByConstraint = table.CheckedColumns?.Contains(column) == true;
        return For(kind, type, notNull, unique, checkedByConstraint);
    }

    public static string For(PersonalKind kind, ColumnType type, bool notNull, bool unique, bool checkedByConstraint)
    {
        if (type.Kind == TypeKind.Json && !type.IsArray)
            return kind is PersonalKind.Secret or PersonalKind.Location ? Constant("{}") : "json";
        if (type.IsArray)
            return type.Kind == TypeKind.Network ? "{ each: ip }" : $"{{ each: {Element(kind)} }}";
        switch (kind)
        {
            case PersonalKind.Email: return "email";
            case PersonalKind.FirstName: return "first_name";
            case PersonalKind.LastName: return "last_name";
            case PersonalKind.FullName: return "full_name";
            case PersonalKind.Username: return "username";
            case PersonalKind.Phone: return checkedByConstraint || type.Length is < 18 ? "digits" : "phone";
            case PersonalKind.StreetAddress: return "street_address";
            case PersonalKind.Postcode: return checkedByConstraint ? "digits" : "postcode";
            case PersonalKind.BirthDate: return type.Kind is TypeKind.Date or TypeKind.Timestamp ? "{ date_shift: 180 }" : "digits";
            case PersonalKind.IdentityNumber:
            case PersonalKind.PaymentDetails:
                return unique && !checkedByConstraint && type.Length is null or >= 16 ? "hash" : "digits";
            case PersonalKind.IpAddress: return type.Kind == TypeKind.Text && unique ? "hash" : "ip";
            case PersonalKind.Secret:
                return type.Kind == TypeKind.Bytea || unique || type.Length is < 6 ? "hash" : Constant("masked");
            case PersonalKind.Photo: return notNull ? Constant("") : "null";
            case PersonalKind.Location: return type.IsNumber ? "{ jitter: 0.05 }" : notNull ? Constant("") : "null";
            case PersonalKind.AboutPerson: return "lorem";
            case PersonalKind.Website: return unique ? "hash" : Constant("https://example.org/");
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The masker for each element of an array of this kind.</summary>
    static string Element(PersonalKind kind) => kind switch
    {
        PersonalKind.Email => "email",
        PersonalKind.FirstName => "first_name",
        PersonalKind.LastName => "last_name",
        PersonalKind.FullName => "full_name",
        PersonalKind.Username => "username",
        PersonalKind.Phone => "phone",
        PersonalKind.StreetAddress => "street_address",
        PersonalKind.Postcode => "postcode",
        PersonalKind.IpAddress => "ip",
        PersonalKind.IdentityNumber or PersonalKind.PaymentDetails or PersonalKind.BirthDate => "digits",
        PersonalKind.AboutPerson => "lorem",
        _ => "hash",
    };

    static string Constant(string value) => $"{{ value: \"{value}\" }}";
}
