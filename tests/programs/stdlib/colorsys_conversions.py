# colorsys: every conversion and its inverse on fixed and random colours, out-of-range inputs.
import colorsys, random
rnd = random.Random(7)
samples = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.4), (1, 0.5, 0.25)]
samples += [(rnd.random(), rnd.random(), rnd.random()) for _ in range(40)]
samples += [(rnd.randint(0, 4) / 4, rnd.randint(0, 4) / 4, rnd.randint(0, 4) / 4) for _ in range(20)]
for r, g, b in samples:
    yiq = colorsys.rgb_to_yiq(r, g, b)
    hls = colorsys.rgb_to_hls(r, g, b)
    hsv = colorsys.rgb_to_hsv(r, g, b)
    print(yiq, colorsys.yiq_to_rgb(*yiq))
    print(hls, colorsys.hls_to_rgb(*hls))
    print(hsv, colorsys.hsv_to_rgb(*hsv))
print(colorsys.hsv_to_rgb(1.0, 1, 1), colorsys.hsv_to_rgb(-0.1, 0.5, 0.5), colorsys.hls_to_rgb(1.5, 0.8, 0.3), colorsys.yiq_to_rgb(2, 1, -1))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(10, 20, 30))
