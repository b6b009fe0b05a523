import { expect } from '@open-wc/testing';
import {
  adjustGradientForText,
  bestTextColor,
  BLACK,
  checkBrandingContrast,
  contrastRatio,
  GRADIENT_SAMPLES,
  gradientColorAt,
  UI_CONTRAST,
  WHITE,
  worstOverGradient,
} from '../../src/theming/contrast.js';

const RED_TO_GREEN = { from: '#FF0000', to: '#00C800' };

describe('contrast', () => {
  describe('WCAG 2.2 contrast ratio', () => {
    it('gives the known values', () => {
      expect(contrastRatio(BLACK, WHITE)).to.equal(21);
      expect(contrastRatio('#777777', '#777777')).to.equal(1);
      // The classic threshold pair: #767676 is the lightest grey that passes on white, #777777 fails.
      expect(contrastRatio('#767676', WHITE)).to.equal(4.54);
      expect(contrastRatio('#777777', WHITE)).to.equal(4.47);
      expect(contrastRatio('#1F5BD8', WHITE)).to.equal(5.92);
    });

    it('does not depend on which colour is the text', () => {
      expect(contrastRatio(WHITE, '#1F5BD8')).to.equal(contrastRatio('#1F5BD8', WHITE));
    });
  });

  describe('gradients', () => {
    it('mixes in gamma-encoded sRGB, as CSS does for hex colours', () => {
      // Linear light would give #BCBCBC at the middle; CSS paints #808080.
      expect(gradientColorAt({ from: BLACK, to: WHITE }, 0.5).toHex()).to.equal('#808080');
      expect(gradientColorAt(RED_TO_GREEN, 0).toHex()).to.equal('#ff0000');
      expect(gradientColorAt(RED_TO_GREEN, 1).toHex()).to.equal('#00c800');
    });

    it('samples at least 32 points', () => {
      expect(GRADIENT_SAMPLES).to.be.at.least(32);
    });

    it('warns for black on #FF0000 -> #00C800 although both ends pass', () => {
      expect(contrastRatio(BLACK, RED_TO_GREEN.from)).to.be.at.least(4.5);
      expect(contrastRatio(BLACK, RED_TO_GREEN.to)).to.be.at.least(4.5);
      const worst = worstOverGradient(BLACK, RED_TO_GREEN);
      expect(worst.passes).to.equal(false);
      expect(worst.ratio).to.be.below(3.6);
      // The dip is about a third of the way along (DESIGN.md: near 37 %).
      expect(worst.position).to.be.within(33, 40);

      const report = checkBrandingContrast({ primaryColor: '#FF0000', textColor: BLACK, gradient: RED_TO_GREEN });
      expect(report.textOnPrimary.passes).to.equal(true);
      expect(report.textOnGradient?.passes).to.equal(false);
      // White fails on the red end too: no text colour can read over the whole gradient.
      expect(report.gradientTooWide).to.equal(true);
    });

    it('proposes an adjusted stop that passes over the whole gradient', () => {
      const report = checkBrandingContrast({ primaryColor: '#FF0000', textColor: BLACK, gradient: RED_TO_GREEN });
      const fix = report.fixes.find((candidate) => candidate.gradient);
      expect(fix, 'a stop fix').to.not.equal(undefined);
      expect(fix!.textColor, 'keeps the chosen text colour').to.equal(undefined);
      const adjusted = fix!.gradient!;
      // Only the stop the text reads worse on moves, lighter for dark text.
      expect(adjusted.to).to.equal(RED_TO_GREEN.to);
      expect(contrastRatio(BLACK, adjusted.from)).to.be.above(contrastRatio(BLACK, RED_TO_GREEN.from));
      expect(worstOverGradient(BLACK, adjusted).passes).to.equal(true);
      expect(checkBrandingContrast({ primaryColor: '#FF0000', textColor: BLACK, gradient: adjusted }).fixes).to.deep.equal([]);
    });

    it('darkens a stop for light text', () => {
      const adjusted = adjustGradientForText(WHITE, { from: '#1F5BD8', to: '#FFD400' });
      expect(adjusted).to.not.equal(null);
      expect(adjusted!.from).to.equal('#1F5BD8');
      expect(worstOverGradient(WHITE, adjusted!).passes).to.equal(true);
    });

    it('proposes a text colour when one reads over the whole gradient', () => {
      const gradient = { from: '#FFFFFF', to: '#FFD400' };
      const report = checkBrandingContrast({ primaryColor: '#FFD400', textColor: WHITE, gradient });
      expect(report.textOnGradient?.passes).to.equal(false);
      expect(report.gradientTooWide).to.equal(false);
      expect(report.fixes[0]).to.deep.equal({ textColor: BLACK });
      expect(bestTextColor({ primaryColor: '#FFD400', gradient })).to.deep.include({ color: BLACK });
    });
  });

  describe('the primary colour', () => {
    it('passes with the default theme and proposes nothing', () => {
      const report = checkBrandingContrast({ primaryColor: '#1F5BD8', textColor: WHITE, gradient: null });
      expect(report.textOnPrimary).to.deep.equal({ ratio: 5.92, required: 4.5, passes: true });
      expect(report.primaryOnSurface.passes).to.equal(true);
      expect(report.textOnGradient).to.equal(null);
      expect(report.fixes).to.deep.equal([]);
    });

    it('proposes a text colour that passes on it', () => {
      const report = checkBrandingContrast({ primaryColor: '#FFD400', textColor: WHITE, gradient: null });
      expect(report.textOnPrimary.passes).to.equal(false);
      expect(report.fixes).to.deep.include({ textColor: BLACK });
    });

    it('needs 3:1 against the surface as a UI part, and proposes a darker one', () => {
      const report = checkBrandingContrast({ primaryColor: '#FFD400', textColor: BLACK, gradient: null });
      expect(report.primaryOnSurface.passes).to.equal(false);
      const fix = report.fixes.find((candidate) => candidate.primaryColor);
      expect(contrastRatio(fix!.primaryColor!, WHITE)).to.be.at.least(UI_CONTRAST);
    });
  });
});
