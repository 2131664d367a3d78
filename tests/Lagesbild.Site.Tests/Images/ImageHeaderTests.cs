using System.Text;
using Lagesbild.Site.Images;

namespace Lagesbild.Site.Tests.Images;

/// <summary>The width and height written on every img come from the file's own header, whatever format it is.</summary>
public sealed class ImageHeaderTests
{
    [Fact]
    public void Reads_the_size_of_each_format()
    {
        Assert.Equal(new ImageSize(640, 480), PngHeader.ReadSize(TestImages.Png(640, 480)));
        Assert.Equal(new ImageSize(1600, 900), JpegHeader.ReadSize(TestImages.JpegHeader(1600, 900)));
        Assert.Equal(new ImageSize(1200, 800), JpegHeader.ReadSize(TestImages.JpegHeader(1200, 800, frameMarker: 0xC2))); // progressive
        Assert.Equal(new ImageSize(300, 200), WebPHeader.ReadSize(TestImages.WebPLossy(300, 200)));
        Assert.Equal(new ImageSize(301, 16383), WebPHeader.ReadSize(TestImages.WebPLossless(301, 16383)));
        Assert.Equal(new ImageSize(5000, 3), WebPHeader.ReadSize(TestImages.WebPExtended(5000, 3)));
    }

    [Fact]
    public void A_damaged_or_cut_off_file_has_no_size()
    {
        var png = TestImages.Png(10, 10);
        Assert.Null(PngHeader.ReadSize(png.AsSpan(0, 20)));
        var zeroWidth = (byte[])png.Clone();
        zeroWidth[16] = zeroWidth[17] = zeroWidth[18] = zeroWidth[19] = 0;
        Assert.Null(PngHeader.ReadSize(zeroWidth));

        // A JPEG that reaches its image data (or its end) without a frame header
        Assert.Null(JpegHeader.ReadSize([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]));
        Assert.Null(JpegHeader.ReadSize(TestImages.JpegHeader(100, 100).AsSpan(0, 30)));
        Assert.Null(WebPHeader.ReadSize(TestImages.WebPLossy(10, 10).AsSpan(0, 24)));
    }

    [Fact]
    public void Extension_and_bytes_must_agree()
    {
        Assert.Equal(ImageFormat.Png, ImageFileReader.Detect(TestImages.Png(2, 2)));
        Assert.Equal(ImageFormat.Jpeg, ImageFileReader.Detect(TestImages.JpegHeader(2, 2)));
        Assert.Equal(ImageFormat.WebP, ImageFileReader.Detect(TestImages.WebPLossy(2, 2)));
        Assert.Equal(ImageFormat.Svg, ImageFileReader.Detect(Encoding.UTF8.GetBytes("\uFEFF\n<svg/>")));
        Assert.Null(ImageFileReader.Detect("GIF89a"u8.ToArray()));

        var renamed = ImageFileReader.Read("karta.png", TestImages.JpegHeader(20, 10));
        Assert.Null(renamed.Size);
        Assert.Equal("LB244", renamed.Code);
        Assert.Equal("`karta.png` is named as PNG but its content is JPEG", renamed.Message!.English);
        Assert.Equal(new ImageSize(20, 10), ImageFileReader.Read("karta.JPEG", TestImages.JpegHeader(20, 10)).Size);
    }

    [Theory]
    [InlineData("width=\"400\" height=\"300\"", 400, 300)]
    [InlineData("width=\"400px\" height=\"300px\" viewBox=\"0 0 40 30\"", 400, 300)]
    [InlineData("viewBox=\"0 0 800 600\"", 800, 600)]
    [InlineData("viewBox=\"0,0,800,600\" width=\"100%\"", 800, 600)]
    [InlineData("viewBox=\"0 0 800 600\" width=\"400\"", 400, 300)]
    [InlineData("viewBox=\"10 10 80.4 60.6\" height=\"30mm\"", 80, 61)]
    public void Measures_an_svg_from_its_size_or_view_box(string attributes, int width, int height)
    {
        var svg = Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"1\" height=\"1\"/></svg>");

        var result = SvgImage.Read(svg, "karta.svg");

        Assert.Empty(result.Problems);
        Assert.Equal(new ImageSize(width, height), result.Size);
    }

    [Fact]
    public void An_svg_without_a_size_is_refused_with_how_to_add_one()
    {
        var result = SvgImage.Read(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"/>"), "karta.svg");

        Assert.Null(result.Size);
        Assert.Contains("viewBox=\"0 0 bredd höjd\"", Assert.Single(result.Problems).Message.Swedish, StringComparison.Ordinal);
    }
}
