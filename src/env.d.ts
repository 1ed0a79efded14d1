declare namespace App {
	interface Locals {
		/** How many calculator islands the current page has rendered (see components/calculator/instance.ts). */
		ibCalculatorCount?: number;
	}
}
