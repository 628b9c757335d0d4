using System.Globalization;

namespace Publisher.Document;

/// <summary>
/// The words Publisher itself puts into a book (the contents heading, the colophon, the labels readers announce),
/// in the book's language. Languages without a table here get English.
/// </summary>
internal sealed record BookLabels(
    string Contents,
    string Notes,
    string Cover,
    string TitlePage,
    string Landmarks,
    string StartOfContent,
    string ByAuthors,
    string Version,
    string Published,
    string Identifier,
    string TypesetWith,
    string CoverOf,
    string BackToReference)
{
    /// <summary>The name of the list of the print edition's pages (the EPUB's page list).</summary>
    public string PageList { get; init; } = "Pages";

    public static readonly BookLabels English = new(
        "Contents", "Notes", "Cover", "Title page", "Landmarks", "Start of content",
        "By {0}", "Version {0}", "Published {0}", "Identifier: {0}", "Typeset with Publisher from Markdown sources.", "Cover of {0}",
        "Back to reference {0}") { PageList = "Pages" };

    private static readonly Dictionary<string, BookLabels> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["de"] = new("Inhalt", "Anmerkungen", "Umschlag", "Titelseite", "Orientierungspunkte", "Beginn des Inhalts",
            "Von {0}", "Version {0}", "Veröffentlicht am {0}", "Kennung: {0}", "Gesetzt mit Publisher aus Markdown-Quellen.", "Umschlag von {0}", "Zurück zur Verweisstelle {0}") { PageList = "Seiten" },
        ["fr"] = new("Table des matières", "Notes", "Couverture", "Page de titre", "Repères", "Début du contenu",
            "Par {0}", "Version {0}", "Publié le {0}", "Identifiant : {0}", "Composé avec Publisher à partir de sources Markdown.", "Couverture de {0}", "Retour à l'appel de note {0}") { PageList = "Pages" },
        ["es"] = new("Índice", "Notas", "Cubierta", "Portada", "Puntos de referencia", "Inicio del contenido",
            "Por {0}", "Versión {0}", "Publicado el {0}", "Identificador: {0}", "Compuesto con Publisher a partir de fuentes Markdown.", "Cubierta de {0}", "Volver a la llamada {0}") { PageList = "Páginas" },
        ["it"] = new("Indice", "Note", "Copertina", "Frontespizio", "Punti di riferimento", "Inizio del contenuto",
            "Di {0}", "Versione {0}", "Pubblicato il {0}", "Identificativo: {0}", "Composto con Publisher da sorgenti Markdown.", "Copertina di {0}", "Torna al richiamo {0}") { PageList = "Pagine" },
        ["pt"] = new("Índice", "Notas", "Capa", "Folha de rosto", "Pontos de referência", "Início do conteúdo",
            "Por {0}", "Versão {0}", "Publicado em {0}", "Identificador: {0}", "Composto com o Publisher a partir de fontes Markdown.", "Capa de {0}", "Voltar à chamada {0}") { PageList = "Páginas" },
        ["nl"] = new("Inhoud", "Noten", "Omslag", "Titelpagina", "Oriëntatiepunten", "Begin van de inhoud",
            "Door {0}", "Versie {0}", "Gepubliceerd op {0}", "Identificatie: {0}", "Gezet met Publisher uit Markdown-bronnen.", "Omslag van {0}", "Terug naar verwijzing {0}") { PageList = "Pagina's" },
        ["sv"] = new("Innehåll", "Noter", "Omslag", "Titelsida", "Landmärken", "Innehållets början",
            "Av {0}", "Version {0}", "Utgiven {0}", "Identifierare: {0}", "Satt med Publisher från Markdown-källor.", "Omslag till {0}", "Tillbaka till hänvisning {0}") { PageList = "Sidor" },
        ["da"] = new("Indhold", "Noter", "Omslag", "Titelside", "Pejlemærker", "Indholdets begyndelse",
            "Af {0}", "Version {0}", "Udgivet {0}", "Identifikator: {0}", "Sat med Publisher fra Markdown-kilder.", "Omslag til {0}", "Tilbage til henvisning {0}") { PageList = "Sider" },
        ["nb"] = new("Innhold", "Noter", "Omslag", "Tittelside", "Landemerker", "Begynnelsen av innholdet",
            "Av {0}", "Versjon {0}", "Utgitt {0}", "Identifikator: {0}", "Satt med Publisher fra Markdown-kilder.", "Omslag til {0}", "Tilbake til henvisning {0}") { PageList = "Sider" },
        ["fi"] = new("Sisällys", "Huomautukset", "Kansi", "Nimiösivu", "Maamerkit", "Sisällön alku",
            "Kirjoittanut {0}", "Versio {0}", "Julkaistu {0}", "Tunniste: {0}", "Taitettu Publisherilla Markdown-lähteistä.", "Kansi: {0}", "Takaisin viittaukseen {0}") { PageList = "Sivut" },
        ["pl"] = new("Spis treści", "Przypisy", "Okładka", "Strona tytułowa", "Punkty orientacyjne", "Początek treści",
            "Autor: {0}", "Wersja {0}", "Opublikowano {0}", "Identyfikator: {0}", "Złożono w programie Publisher ze źródeł Markdown.", "Okładka: {0}", "Powrót do odsyłacza {0}") { PageList = "Strony" },
        ["cs"] = new("Obsah", "Poznámky", "Obálka", "Titulní strana", "Orientační body", "Začátek obsahu",
            "Autor: {0}", "Verze {0}", "Vydáno {0}", "Identifikátor: {0}", "Vysázeno programem Publisher ze zdrojů Markdown.", "Obálka: {0}", "Zpět na odkaz {0}") { PageList = "Strany" },
        ["ru"] = new("Содержание", "Примечания", "Обложка", "Титульный лист", "Ориентиры", "Начало содержания",
            "Автор: {0}", "Версия {0}", "Опубликовано {0}", "Идентификатор: {0}", "Свёрстано в Publisher из исходников Markdown.", "Обложка: {0}", "Назад к ссылке {0}") { PageList = "Страницы" },
        ["uk"] = new("Зміст", "Примітки", "Обкладинка", "Титульна сторінка", "Орієнтири", "Початок вмісту",
            "Автор: {0}", "Версія {0}", "Опубліковано {0}", "Ідентифікатор: {0}", "Зверстано в Publisher із джерел Markdown.", "Обкладинка: {0}", "Назад до посилання {0}") { PageList = "Сторінки" },
        ["el"] = new("Περιεχόμενα", "Σημειώσεις", "Εξώφυλλο", "Σελίδα τίτλου", "Ορόσημα", "Αρχή περιεχομένου",
            "Συγγραφέας: {0}", "Έκδοση {0}", "Δημοσιεύθηκε {0}", "Αναγνωριστικό: {0}", "Στοιχειοθετήθηκε με το Publisher από πηγές Markdown.", "Εξώφυλλο: {0}", "Επιστροφή στην παραπομπή {0}") { PageList = "Σελίδες" },
        ["tr"] = new("İçindekiler", "Notlar", "Kapak", "Başlık sayfası", "Yer işaretleri", "İçeriğin başlangıcı",
            "Yazar: {0}", "Sürüm {0}", "Yayımlanma: {0}", "Tanımlayıcı: {0}", "Publisher ile Markdown kaynaklarından dizildi.", "Kapak: {0}", "{0} numaralı göndermeye dön") { PageList = "Sayfalar" },
    };

    /// <summary>The labels for a BCP 47 language tag such as <c>de</c>, <c>pt-BR</c> or <c>nb-NO</c>; English when unknown.</summary>
    public static BookLabels For(string? language)
    {
        var primary = (language ?? "").Split('-', '_')[0].Trim();
        // Norwegian: the macrolanguage and Nynorsk books get the Bokmål words rather than English ones.
        if (primary.Equals("no", StringComparison.OrdinalIgnoreCase) || primary.Equals("nn", StringComparison.OrdinalIgnoreCase))
        {
            primary = "nb";
        }

        return ByLanguage.GetValueOrDefault(primary, English);
    }

    /// <summary>Fills one of the labels' <c>{0}</c> slot.</summary>
    public static string Format(string label, string value) => string.Format(CultureInfo.InvariantCulture, label, value);
}
